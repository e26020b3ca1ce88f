;; The keyword automaton's inner loop (see prefilter.ts): per byte of a Latin-1 chunk, one load of
;; its class and one of the next state, recording (end, state, line start) at each accepting state.
;; Compiled to prefilterWasm.generated.ts by scripts/buildPrefilterWasm.js.
;;
;; Memory: at 0 the class table (an i32 per byte value: the class's byte offset within a row), at
;; 1024 the run table (a byte per byte value: 1 for the base64/base64url/hex alphabet), then the
;; transitions (an i32 per state and class: the address of the target state's row, negated for
;; accepting states). States are row addresses so that the loop-carried chain is one add and one
;; load. All positions are addresses; the caller converts them to text offsets.
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
  ;; scan(text, len, out) -> number of (end, state, line start) records written to out.
  (func (export "scan") (param $p i32) (param $len i32) (param $out i32) (result i32)
    (local $end i32) (local $b i32) (local $s i32) (local $line i32) (local $rec i32) (local $run i32) (local $target i32)
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
        (local.set $s (i32.load (i32.add (local.get $s) (i32.load (i32.shl (local.get $b) (i32.const 2))))))
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
    (i32.div_u (i32.sub (local.get $rec) (local.get $out)) (i32.const 12)));; Building the automaton in place, where the loops run compiled from the first iteration (the
;; same loops in JavaScript run interpreted: these run once per process). The transitions hold
;; the trie's edges (row addresses; 0: no edge) for states rows from $root on.
;;
;; insert(root, rowBytes, keywords, lengths, count, accepting) -> the address past the last row:
;; adds `count` keywords (their bytes one after another at $keywords, their lengths as i32s at
;; $lengths) to the trie, numbering new states in rows from $root + $rowBytes; replaces each length
;; by the keyword's final state's row address and flags that state in $accepting (a byte per state).
(func (export "insert") (param $root i32) (param $rowBytes i32) (param $p i32) (param $lengths i32) (param $count i32) (param $accepting i32) (result i32)
  (local $next i32) (local $i i32) (local $end i32) (local $row i32) (local $a i32) (local $t i32)
  (local.set $next (i32.add (local.get $root) (local.get $rowBytes)))
  (block $done
    (loop $nextKeyword
      (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
      (local.set $end (i32.add (local.get $p) (i32.load (i32.add (local.get $lengths) (i32.shl (local.get $i) (i32.const 2))))))
      (local.set $row (local.get $root))
      (block $keywordDone
        (loop $nextChar
          (br_if $keywordDone (i32.ge_u (local.get $p) (local.get $end)))
          (local.set $a (i32.add (local.get $row) (i32.load (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))))
          (local.set $t (i32.load (local.get $a)))
          (if (i32.eqz (local.get $t))
            (then
              (local.set $t (local.get $next))
              (i32.store (local.get $a) (local.get $t))
              (local.set $next (i32.add (local.get $next) (local.get $rowBytes)))))
          (local.set $row (local.get $t))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br $nextChar)))
      (i32.store (i32.add (local.get $lengths) (i32.shl (local.get $i) (i32.const 2))) (local.get $row))
      (i32.store8 (i32.add (local.get $accepting) (i32.div_u (i32.sub (local.get $row) (local.get $root)) (local.get $rowBytes))) (i32.const 1))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $nextKeyword)))
  (local.get $next))
;; complete(root, classes, queue, fail, accepting) -> states queued: breadth-first, every missing
;; transition copied from the failure state's row, which is complete, being shallower. Writes the
;; states' row addresses in that order to $queue and each state's failure row address to $fail (by
;; state index); a state whose failure state accepts is flagged accepting too.
(func (export "complete") (param $root i32) (param $classes i32) (param $queue i32) (param $fail i32) (param $accepting i32) (result i32)
  (local $rowBytes i32) (local $queued i32) (local $qi i32) (local $row i32) (local $f i32) (local $k i32) (local $t i32)
  (local.set $rowBytes (i32.shl (local.get $classes) (i32.const 2)))
  ;; The root row: no edge leads back to the root; an edge's target fails to the root.
  (local.set $k (i32.const 0))
  (block $rootDone
    (loop $rootNext
      (br_if $rootDone (i32.ge_u (local.get $k) (local.get $rowBytes)))
      (local.set $t (i32.load (i32.add (local.get $root) (local.get $k))))
      (if (i32.eqz (local.get $t))
        (then (i32.store (i32.add (local.get $root) (local.get $k)) (local.get $root)))
        (else
          (i32.store (i32.add (local.get $fail) (i32.shl (i32.div_u (i32.sub (local.get $t) (local.get $root)) (local.get $rowBytes)) (i32.const 2))) (local.get $root))
          (i32.store (i32.add (local.get $queue) (i32.shl (local.get $queued) (i32.const 2))) (local.get $t))
          (local.set $queued (i32.add (local.get $queued) (i32.const 1)))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $rootNext)))
  (block $done
    (loop $nextState
      (br_if $done (i32.ge_u (local.get $qi) (local.get $queued)))
      (local.set $row (i32.load (i32.add (local.get $queue) (i32.shl (local.get $qi) (i32.const 2)))))
      (local.set $f (i32.load (i32.add (local.get $fail) (i32.shl (i32.div_u (i32.sub (local.get $row) (local.get $root)) (local.get $rowBytes)) (i32.const 2)))))
      (if (i32.load8_u (i32.add (local.get $accepting) (i32.div_u (i32.sub (local.get $f) (local.get $root)) (local.get $rowBytes))))
        (then (i32.store8 (i32.add (local.get $accepting) (i32.div_u (i32.sub (local.get $row) (local.get $root)) (local.get $rowBytes))) (i32.const 1))))
      (local.set $k (i32.const 0))
      (block $rowDone
        (loop $nextClass
          (br_if $rowDone (i32.ge_u (local.get $k) (local.get $rowBytes)))
          (local.set $t (i32.load (i32.add (local.get $row) (local.get $k))))
          (if (i32.eqz (local.get $t))
            (then (i32.store (i32.add (local.get $row) (local.get $k)) (i32.load (i32.add (local.get $f) (local.get $k)))))
            (else
              (i32.store (i32.add (local.get $fail) (i32.shl (i32.div_u (i32.sub (local.get $t) (local.get $root)) (local.get $rowBytes)) (i32.const 2)))
                (i32.load (i32.add (local.get $f) (local.get $k))))
              (i32.store (i32.add (local.get $queue) (i32.shl (local.get $queued) (i32.const 2))) (local.get $t))
              (local.set $queued (i32.add (local.get $queued) (i32.const 1)))))
          (local.set $k (i32.add (local.get $k) (i32.const 4)))
          (br $nextClass)))
      (local.set $qi (i32.add (local.get $qi) (i32.const 1)))
      (br $nextState)))
  (local.get $queued))
;; markAccepting(root, rowBytes, entries, accepting): negates every transition whose target state is
;; flagged in $accepting (a byte per state), so the scan learns from the same load that the state
;; ends a keyword. A target's state number is its offset from $root divided by $rowBytes, done as a
;; multiplication by the rounded-up reciprocal (exact for exact multiples below 2^32).
(func (export "markAccepting") (param $root i32) (param $rowBytes i32) (param $entries i32) (param $accepting i32)
  (local $a i32) (local $end i32) (local $t i32) (local $reciprocal i64)
  (local.set $reciprocal
    (i64.div_u (i64.add (i64.const 0x100000000) (i64.extend_i32_u (i32.sub (local.get $rowBytes) (i32.const 1))))
      (i64.extend_i32_u (local.get $rowBytes))))
  (local.set $a (local.get $root))
  (local.set $end (i32.add (local.get $root) (i32.shl (local.get $entries) (i32.const 2))))
  (block $done
    (loop $next
      (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
      (local.set $t (i32.load (local.get $a)))
      (if (i32.load8_u (i32.add (local.get $accepting)
            (i32.wrap_i64 (i64.shr_u (i64.mul (i64.extend_i32_u (i32.sub (local.get $t) (local.get $root))) (local.get $reciprocal)) (i64.const 32)))))
        (then (i32.store (local.get $a) (i32.sub (i32.const 0) (local.get $t)))))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br $next))))
)
