;; The keyword automaton's inner loop (see prefilter.ts): per byte of a Latin-1 chunk, one load of
;; its class and one of the next state, recording (end, state, line start) at each accepting state.
;; Compiled to prefilterWasm.generated.ts by scripts/buildPrefilterWasm.js.
;;
;; Memory: at 0 the class table (an i32 per byte value: the class's byte offset from a state's
;; address), at 1024 the run table (a byte per byte value: 1 for the base64/base64url/hex alphabet),
;; then the transitions (an i32 per state and class, at the state's address plus the class's offset:
;; the target state's address, negated for accepting states; 0 for a transition not worked out yet).
;; A state's "row" is its address, $rowBytes apart from the next state's; the caller chooses the
;; class offsets (prefilterWasm.ts lays a state's transitions out in planes of 16 classes). States
;; are addresses so that the loop-carried chain is one add and one load. All positions are
;; addresses; the caller converts them to text offsets.
;;
;; The automaton is lazy: `insert` builds only the trie, in lists of edges a few bytes per state,
;; and a transition is worked out the first time a scan takes it (`$entry`). A process that scans
;; one small file touches a few transitions instead of the whole table (megabytes, every page of which
;; the kernel must supply); a long scan ends up with the table a full build would make.
(module
  (memory (export "memory") 1)
  ;; The state and the address just past the last line break carry across chunks in these globals.
  (global $state (export "state") (mut i32) (i32.const 0))
  (global $line (export "line") (mut i32) (i32.const 0))
  ;; Length of the current run of run-table bytes, and the length at which a run is recorded (as a
  ;; record with state 0, once per run; -1 records none). The run counter is off the state chain,
  ;; so it costs the loop almost nothing.
  (global $run (export "run") (mut i32) (i32.const 0))
  (global $runTarget (export "runTarget") (mut i32) (i32.const -1))
  ;; Bytes a segment's chain runs before its segment (see scan): at least the longest keyword and runTarget.
  (global $warm (export "warm") (mut i32) (i32.const 0x7fffffff))
  ;; Where the tables are, set once before `insert`: the root state's row (rows follow it, one per
  ;; state), the bytes per row, and four arrays by state number: the failure state's row address
  ;; (an i32; 0 until worked out), whether the state ends a keyword (a byte), its first child's row
  ;; address and its next sibling's (i32s; 0: none), and the class offset of the edge into it (i32).
  (global $root (export "root") (mut i32) (i32.const 0))
  (global $rowBytes (export "rowBytes") (mut i32) (i32.const 0))
  (global $fail (export "fail") (mut i32) (i32.const 0))
  (global $accepting (export "accepting") (mut i32) (i32.const 0))
  (global $child (export "child") (mut i32) (i32.const 0))
  (global $sibling (export "sibling") (mut i32) (i32.const 0))
  (global $edge (export "edge") (mut i32) (i32.const 0))
  ;; scan(text, len, out) -> number of (end, state, line start) records written to out, in order of
  ;; end. One chain of states is bound by the latency of its loads (each one's address is the
  ;; previous one's result, and a cache miss costs its full wait), so a chunk long enough is cut in
  ;; 3 segments scanned by 3 independent chains in one loop, whose loads overlap. A later segment's
  ;; chain starts from the root $warm bytes early: the state after a byte is the longest keyword
  ;; prefix ending there, no longer than the longest keyword, so it is exact by the segment's start;
  ;; a run is counted exactly up to $warm (>= runTarget) too. Its records are then moved after the
  ;; previous segment's, those before its first line break given that segment's line start.
  (func (export "scan") (param $p i32) (param $len i32) (param $out i32) (result i32)
    (local $q i32) (local $b i32) (local $k i32) (local $t i32) (local $target i32) (local $end i32) (local $rec i32)
    (local $a0 i32) (local $s0 i32) (local $l0 i32) (local $r0 i32) (local $o0 i32)
    (local $a1 i32) (local $s1 i32) (local $l1 i32) (local $r1 i32) (local $o1 i32)
    (local $a2 i32) (local $s2 i32) (local $l2 i32) (local $r2 i32) (local $o2 i32)
    (local.set $q (i32.div_u (local.get $len) (i32.const 3)))
    (if (i32.lt_u (local.get $q) (global.get $warm))
      (then (return (call $scan1 (local.get $p) (local.get $len) (local.get $out)))))
    (local.set $target (global.get $runTarget))
    (local.set $a0 (local.get $p))
    (local.set $o0 (local.get $out))
    (local.set $s0 (global.get $state))
    (local.set $l0 (global.get $line))
    (local.set $r0 (global.get $run))
    (local.set $a1 (i32.add (local.get $p) (i32.mul (local.get $q) (i32.const 1))))
    (local.set $o1 (i32.add (local.get $out) (i32.mul (local.get $q) (i32.const 24))))
    (global.set $state (global.get $root))
    (global.set $line (i32.const 0))
    (global.set $run (i32.const 0))
    (drop (call $scan1 (i32.sub (local.get $a1) (global.get $warm)) (global.get $warm) (local.get $o1)))
    (local.set $s1 (global.get $state))
    (local.set $l1 (global.get $line))
    (local.set $r1 (global.get $run))
    (local.set $a2 (i32.add (local.get $p) (i32.mul (local.get $q) (i32.const 2))))
    (local.set $o2 (i32.add (local.get $out) (i32.mul (local.get $q) (i32.const 48))))
    (global.set $state (global.get $root))
    (global.set $line (i32.const 0))
    (global.set $run (i32.const 0))
    (drop (call $scan1 (i32.sub (local.get $a2) (global.get $warm)) (global.get $warm) (local.get $o2)))
    (local.set $s2 (global.get $state))
    (local.set $l2 (global.get $line))
    (local.set $r2 (global.get $run))
    (local.set $end (i32.add (local.get $p) (local.get $q)))
    ;; No call in the loop (a call would make the compiler keep the chains' locals in memory): a
    ;; transition not worked out yet leaves it, each chain's next transition is worked out, and the
    ;; loop goes on where it stopped, chains behind the first by a byte or more (finished below).
    ;; The three chains' steps are the same but for their locals: a the next byte, s the state, l the
    ;; line start, r the run's length, o the next record.
    (block $done
      (loop $resume
        (block $miss
          (loop $next
            (br_if $done (i32.ge_u (local.get $a0) (local.get $end)))
            ;; chain 0
            (local.set $b (i32.load8_u (local.get $a0)))
            (local.set $k (i32.load (i32.shl (local.get $b) (i32.const 2))))
            (local.set $t (i32.load (i32.add (local.get $s0) (local.get $k))))
            (br_if $miss (i32.eqz (local.get $t)))
            (local.set $s0 (local.get $t))
            (local.set $a0 (i32.add (local.get $a0) (i32.const 1)))
            (local.set $l0 (select (local.get $a0) (local.get $l0) (i32.eq (local.get $b) (i32.const 10))))
            (local.set $r0 (select (i32.add (local.get $r0) (i32.const 1)) (i32.const 0) (i32.load8_u offset=1024 (local.get $b))))
            (if (i32.eq (local.get $r0) (local.get $target))
              (then
                (i32.store (local.get $o0) (local.get $a0))
                (i32.store offset=4 (local.get $o0) (i32.const 0))
                (i32.store offset=8 (local.get $o0) (local.get $l0))
                (local.set $o0 (i32.add (local.get $o0) (i32.const 12)))))
            (if (i32.lt_s (local.get $s0) (i32.const 0))
              (then
                (local.set $s0 (i32.sub (i32.const 0) (local.get $s0)))
                (i32.store (local.get $o0) (local.get $a0))
                (i32.store offset=4 (local.get $o0) (local.get $s0))
                (i32.store offset=8 (local.get $o0) (local.get $l0))
                (local.set $o0 (i32.add (local.get $o0) (i32.const 12)))))
            ;; chain 1
            (local.set $b (i32.load8_u (local.get $a1)))
            (local.set $k (i32.load (i32.shl (local.get $b) (i32.const 2))))
            (local.set $t (i32.load (i32.add (local.get $s1) (local.get $k))))
            (br_if $miss (i32.eqz (local.get $t)))
            (local.set $s1 (local.get $t))
            (local.set $a1 (i32.add (local.get $a1) (i32.const 1)))
            (local.set $l1 (select (local.get $a1) (local.get $l1) (i32.eq (local.get $b) (i32.const 10))))
            (local.set $r1 (select (i32.add (local.get $r1) (i32.const 1)) (i32.const 0) (i32.load8_u offset=1024 (local.get $b))))
            (if (i32.eq (local.get $r1) (local.get $target))
              (then
                (i32.store (local.get $o1) (local.get $a1))
                (i32.store offset=4 (local.get $o1) (i32.const 0))
                (i32.store offset=8 (local.get $o1) (local.get $l1))
                (local.set $o1 (i32.add (local.get $o1) (i32.const 12)))))
            (if (i32.lt_s (local.get $s1) (i32.const 0))
              (then
                (local.set $s1 (i32.sub (i32.const 0) (local.get $s1)))
                (i32.store (local.get $o1) (local.get $a1))
                (i32.store offset=4 (local.get $o1) (local.get $s1))
                (i32.store offset=8 (local.get $o1) (local.get $l1))
                (local.set $o1 (i32.add (local.get $o1) (i32.const 12)))))
            ;; chain 2
            (local.set $b (i32.load8_u (local.get $a2)))
            (local.set $k (i32.load (i32.shl (local.get $b) (i32.const 2))))
            (local.set $t (i32.load (i32.add (local.get $s2) (local.get $k))))
            (br_if $miss (i32.eqz (local.get $t)))
            (local.set $s2 (local.get $t))
            (local.set $a2 (i32.add (local.get $a2) (i32.const 1)))
            (local.set $l2 (select (local.get $a2) (local.get $l2) (i32.eq (local.get $b) (i32.const 10))))
            (local.set $r2 (select (i32.add (local.get $r2) (i32.const 1)) (i32.const 0) (i32.load8_u offset=1024 (local.get $b))))
            (if (i32.eq (local.get $r2) (local.get $target))
              (then
                (i32.store (local.get $o2) (local.get $a2))
                (i32.store offset=4 (local.get $o2) (i32.const 0))
                (i32.store offset=8 (local.get $o2) (local.get $l2))
                (local.set $o2 (i32.add (local.get $o2) (i32.const 12)))))
            (if (i32.lt_s (local.get $s2) (i32.const 0))
              (then
                (local.set $s2 (i32.sub (i32.const 0) (local.get $s2)))
                (i32.store (local.get $o2) (local.get $a2))
                (i32.store offset=4 (local.get $o2) (local.get $s2))
                (i32.store offset=8 (local.get $o2) (local.get $l2))
                (local.set $o2 (i32.add (local.get $o2) (i32.const 12)))))
            (br $next)))
        (drop (call $entry (local.get $s0) (i32.load (i32.shl (i32.load8_u (local.get $a0)) (i32.const 2)))))
        (drop (call $entry (local.get $s1) (i32.load (i32.shl (i32.load8_u (local.get $a1)) (i32.const 2)))))
        (drop (call $entry (local.get $s2) (i32.load (i32.shl (i32.load8_u (local.get $a2)) (i32.const 2)))))
        (br $resume)))
    ;; Each later chain's rest of its segment (len mod 3 more bytes for the last) on its own.
    (global.set $state (local.get $s1))
    (global.set $line (local.get $l1))
    (global.set $run (local.get $r1))
    (local.set $o1 (i32.add (local.get $o1)
      (i32.mul (call $scan1 (local.get $a1) (i32.sub (i32.add (local.get $p) (i32.mul (local.get $q) (i32.const 2))) (local.get $a1)) (local.get $o1)) (i32.const 12))))
    (local.set $l1 (global.get $line))
    (global.set $state (local.get $s2))
    (global.set $line (local.get $l2))
    (global.set $run (local.get $r2))
    (local.set $o2 (i32.add (local.get $o2)
      (i32.mul (call $scan1 (local.get $a2) (i32.sub (i32.add (local.get $p) (local.get $len)) (local.get $a2)) (local.get $o2)) (i32.const 12))))
    (local.set $l2 (global.get $line))
    (local.set $rec (local.get $o0))
    (local.set $rec (call $join (local.get $rec) (i32.add (local.get $out) (i32.mul (local.get $q) (i32.const 24))) (local.get $o1) (local.get $l0)))
    (if (i32.eqz (local.get $l1)) (then (local.set $l1 (local.get $l0))))
    (local.set $rec (call $join (local.get $rec) (i32.add (local.get $out) (i32.mul (local.get $q) (i32.const 48))) (local.get $o2) (local.get $l1)))
    (if (i32.eqz (local.get $l2)) (then (local.set $l2 (local.get $l1))))
    (global.set $line (local.get $l2))
    (i32.div_u (i32.sub (local.get $rec) (local.get $out)) (i32.const 12)))
  ;; join(dst, from, to, line) -> dst's new end: moves the records [from, to) to dst and gives those
  ;; with no line start yet (0, before their segment's first line break) `line`.
  (func $join (param $dst i32) (param $from i32) (param $to i32) (param $line i32) (result i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $dst) (i32.sub (local.get $to) (local.get $from))))
    (memory.copy (local.get $dst) (local.get $from) (i32.sub (local.get $to) (local.get $from)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
        (br_if $done (i32.load offset=8 (local.get $dst)))
        (i32.store offset=8 (local.get $dst) (local.get $line))
        (local.set $dst (i32.add (local.get $dst) (i32.const 12)))
        (br $next)))
    (local.get $end))
  ;; scan1(text, len, out) -> number of (end, state, line start) records written to out: one state
  ;; chain through the text, carried in the globals (short chunks, and segments' starts and ends).
  (func $scan1 (param $p i32) (param $len i32) (param $out i32) (result i32)
    (local $end i32) (local $b i32) (local $s i32) (local $t i32) (local $k i32) (local $line i32) (local $rec i32) (local $run i32) (local $target i32)
    (local.set $end (i32.add (local.get $p) (local.get $len)))
    (local.set $s (global.get $state))
    (local.set $line (global.get $line))
    (local.set $rec (local.get $out))
    (local.set $run (global.get $run))
    (local.set $target (global.get $runTarget))
    (block $done
      (loop $resume
        (block $miss
          (loop $next
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $b (i32.load8_u (local.get $p)))
            (local.set $k (i32.load (i32.shl (local.get $b) (i32.const 2))))
            (local.set $t (i32.load (i32.add (local.get $s) (local.get $k))))
            (br_if $miss (i32.eqz (local.get $t)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $s (local.get $t))
            (local.set $line (select (local.get $p) (local.get $line) (i32.eq (local.get $b) (i32.const 10))))
            (local.set $run (select (i32.add (local.get $run) (i32.const 1)) (i32.const 0) (i32.load8_u offset=1024 (local.get $b))))
            (if (i32.eq (local.get $run) (local.get $target))
              (then
                (i32.store (local.get $rec) (local.get $p))
                (i32.store offset=4 (local.get $rec) (i32.const 0))
                (i32.store offset=8 (local.get $rec) (local.get $line))
                (local.set $rec (i32.add (local.get $rec) (i32.const 12)))))
            (if (i32.lt_s (local.get $s) (i32.const 0))
              (then
                (local.set $s (i32.sub (i32.const 0) (local.get $s)))
                (i32.store (local.get $rec) (local.get $p))
                (i32.store offset=4 (local.get $rec) (local.get $s))
                (i32.store offset=8 (local.get $rec) (local.get $line))
                (local.set $rec (i32.add (local.get $rec) (i32.const 12)))))
            (br $next)))
        ;; A transition not worked out yet: work it out and take it (see scan).
        (drop (call $entry (local.get $s) (local.get $k)))
        (br $resume)))
    (global.set $state (local.get $s))
    (global.set $line (local.get $line))
    (global.set $run (local.get $run))
    (i32.div_u (i32.sub (local.get $rec) (local.get $out)) (i32.const 12)))
  ;; The address of state $row's entry in the by-state array of i32s at $array.
  (func $slot (param $array i32) (param $row i32) (result i32)
    (i32.add (local.get $array)
      (i32.shl (i32.div_u (i32.sub (local.get $row) (global.get $root)) (global.get $rowBytes)) (i32.const 2))))
  ;; The address of state $row's accepting flag.
  (func $flag (param $row i32) (result i32)
    (i32.add (global.get $accepting) (i32.div_u (i32.sub (local.get $row) (global.get $root)) (global.get $rowBytes))))
  ;; The row address of state $row's trie child by class offset $k, or 0 if it has none.
  (func $childOf (param $row i32) (param $k i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load (call $slot (global.get $child) (local.get $row))))
    (block $found
      (loop $next
        (br_if $found (i32.eqz (local.get $c)))
        (br_if $found (i32.eq (i32.load (call $slot (global.get $edge) (local.get $c))) (local.get $k)))
        (local.set $c (i32.load (call $slot (global.get $sibling) (local.get $c))))
        (br $next)))
    (local.get $c))
  ;; The transition from state $row by class offset $k (negated when its target ends a keyword),
  ;; worked out on first use and kept: the trie's edge if there is one, else the failure state's
  ;; transition. Following an edge also sets the child's failure state (the failure state's
  ;; transition by the same class) and, if that ends a keyword, flags the child as ending one. So
  ;; every state a transition leads to has its failure state and flag set, the failure state's
  ;; own transitions can be worked out, and the recursion, one level per failure link, ends at the
  ;; root (no deeper than the longest keyword).
  (func $entry (param $row i32) (param $k i32) (result i32)
    (local $t i32) (local $c i32) (local $f i32)
    (local.set $t (i32.load (i32.add (local.get $row) (local.get $k))))
    (if (local.get $t) (then (return (local.get $t))))
    (local.set $c (call $childOf (local.get $row) (local.get $k)))
    (if (i32.eq (local.get $row) (global.get $root))
      (then (local.set $f (global.get $root)))
      (else
        (local.set $f (call $entry (i32.load (call $slot (global.get $fail) (local.get $row))) (local.get $k)))
        (if (i32.lt_s (local.get $f) (i32.const 0)) (then (local.set $f (i32.sub (i32.const 0) (local.get $f)))))))
    (if (local.get $c)
      (then
        (i32.store (call $slot (global.get $fail) (local.get $c)) (local.get $f))
        (if (i32.load8_u (call $flag (local.get $f))) (then (i32.store8 (call $flag (local.get $c)) (i32.const 1))))
        (local.set $t (local.get $c)))
      (else (local.set $t (local.get $f))))
    (if (i32.load8_u (call $flag (local.get $t))) (then (local.set $t (i32.sub (i32.const 0) (local.get $t)))))
    (i32.store (i32.add (local.get $row) (local.get $k)) (local.get $t))
    (local.get $t))
  ;; insert(keywords, lengths, count) -> the address past the last row: adds `count` keywords (their
  ;; bytes one after another at $keywords, their lengths as i32s at $lengths) to the trie, numbering
  ;; new states in rows from $root + $rowBytes; replaces each length by the keyword's final state's
  ;; row address and flags that state as ending a keyword.
  (func (export "insert") (param $p i32) (param $lengths i32) (param $count i32) (result i32)
    (local $next i32) (local $i i32) (local $end i32) (local $row i32) (local $k i32) (local $c i32)
    (local.set $next (i32.add (global.get $root) (global.get $rowBytes)))
    (block $done
      (loop $nextKeyword
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $end (i32.add (local.get $p) (i32.load (i32.add (local.get $lengths) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $row (global.get $root))
        (block $keywordDone
          (loop $nextChar
            (br_if $keywordDone (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $k (i32.load (i32.shl (i32.load8_u (local.get $p)) (i32.const 2))))
            (local.set $c (call $childOf (local.get $row) (local.get $k)))
            (if (i32.eqz (local.get $c))
              (then
                (local.set $c (local.get $next))
                (local.set $next (i32.add (local.get $next) (global.get $rowBytes)))
                (i32.store (call $slot (global.get $edge) (local.get $c)) (local.get $k))
                (i32.store (call $slot (global.get $sibling) (local.get $c)) (i32.load (call $slot (global.get $child) (local.get $row))))
                (i32.store (call $slot (global.get $child) (local.get $row)) (local.get $c))))
            (local.set $row (local.get $c))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $nextChar)))
        (i32.store (i32.add (local.get $lengths) (i32.shl (local.get $i) (i32.const 2))) (local.get $row))
        (i32.store8 (call $flag (local.get $row)) (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $nextKeyword)))
    (local.get $next))
)
