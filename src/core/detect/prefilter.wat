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
    (i32.div_u (i32.sub (local.get $rec) (local.get $out)) (i32.const 12))))
