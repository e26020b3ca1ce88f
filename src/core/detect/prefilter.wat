;; The keyword automaton's inner loop (see prefilter.ts): one table lookup per byte of a Latin-1
;; chunk, recording (offset, state) at each accepting state. The state carries across chunks in
;; the exported global. Compiled to prefilterWasm.generated.ts by scripts/buildPrefilterWasm.js.
(module
  (memory (export "memory") 1)
  (global $state (export "state") (mut i32) (i32.const 0))
  ;; scan(text, len, classes, delta, out) -> number of (offset, state) records written to out.
  ;; delta holds row offsets (state × classes), negated for accepting states, as i32.
  (func (export "scan") (param $text i32) (param $len i32) (param $cls i32) (param $delta i32) (param $out i32) (result i32)
    (local $i i32) (local $s i32) (local $n i32) (local $rec i32)
    (local.set $s (global.get $state))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $s
          (i32.load
            (i32.add
              (local.get $delta)
              (i32.shl
                (i32.add
                  (local.get $s)
                  (i32.load8_u (i32.add (local.get $cls) (i32.load8_u (i32.add (local.get $text) (local.get $i))))))
                (i32.const 2)))))
        (if (i32.lt_s (local.get $s) (i32.const 0))
          (then
            (local.set $s (i32.sub (i32.const 0) (local.get $s)))
            (local.set $rec (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))))
            (i32.store (local.get $rec) (local.get $i))
            (i32.store offset=4 (local.get $rec) (local.get $s))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (global.set $state (local.get $s))
    (local.get $n)))
