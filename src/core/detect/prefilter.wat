;; The keyword automaton's inner loop (see prefilter.ts): per byte of a Latin-1 chunk, one load of
;; its class and one of the next state, recording (end, state, line start) at each accepting state.
;; Compiled to prefilterWasm.generated.ts by scripts/buildPrefilterWasm.js.
;;
;; Memory: at 0 the class table (an i32 per byte value: the class's byte offset within a row), at
;; 1024 the run table (a byte per byte value: 1 for the base64/base64url/hex alphabet), then the
;; transitions (an i32 per state and class: the address of the target state's row, negated for
;; accepting states; 0 for a transition not worked out yet). States are row addresses so that the
;; loop-carried chain is one add and one load. All positions are addresses; the caller converts
;; them to text offsets.
;;
;; The automaton is lazy: `insert` builds only the trie, in lists of edges a few bytes per state,
;; and a transition is worked out the first time a scan takes it (`$entry`). A process that scans
;; one small file touches a few rows instead of the whole table (megabytes, every page of which
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
  ;; scan(text, len, out) -> number of (end, state, line start) records written to out.
  (func (export "scan") (param $p i32) (param $len i32) (param $out i32) (result i32)
    (local $end i32) (local $b i32) (local $s i32) (local $t i32) (local $k i32) (local $line i32) (local $rec i32) (local $run i32) (local $target i32)
    (local.set $end (i32.add (local.get $p) (local.get $len)))
    (local.set $s (global.get $state))
    (local.set $line (global.get $line))
    (local.set $rec (local.get $out))
    (local.set $run (global.get $run))
    (local.set $target (global.get $runTarget))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (i32.load8_u (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $k (i32.load (i32.shl (local.get $b) (i32.const 2))))
        (local.set $t (i32.load (i32.add (local.get $s) (local.get $k))))
        (if (i32.eqz (local.get $t)) (then (local.set $t (call $entry (local.get $s) (local.get $k)))))
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
