;; A component with a start function that calls a function the world imports directly ("tick", no
;; interface). Built into start.wasm by build.sh.
(component
  (import "tick" (func $tick (result u32)))
  (core func $tick-core (canon lower (func $tick)))
  (core instance $host (export "tick" (func $tick-core)))
  (core module $m
    (import "host" "tick" (func $tick (result i32)))
    (global $g (mut i32) (i32.const 0))
    (func (export "init") (global.set $g (i32.add (global.get $g) (call $tick))))
    (func (export "count") (result i32) (global.get $g)))
  (core instance $i (instantiate $m (with "host" (instance $host))))
  (func $init (canon lift (core func $i "init")))
  (func (export "count") (result u32) (canon lift (core func $i "count")))
  (start $init))
