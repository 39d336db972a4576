;; Exports lifted with a post-return function, as componentize-js and wit-bindgen lift every export:
;; one with a result and one without (its post-return takes no arguments). The post-return functions
;; count their calls. Built into post-return.wasm by build.sh.
(component
  (core module $m
    (global $last (mut i32) (i32.const 0))
    (global $posts (mut i32) (i32.const 0))
    (func (export "set") (param i32) (global.set $last (local.get 0)))
    (func (export "post-set") (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
    (func (export "get") (result i32) (global.get $last))
    (func (export "post-get") (param i32) (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
    (func (export "posts") (result i32) (global.get $posts)))
  (core instance $i (instantiate $m))
  (func (export "set") (param "v" u32)
    (canon lift (core func $i "set") (post-return (core func $i "post-set"))))
  (func (export "get") (result u32)
    (canon lift (core func $i "get") (post-return (core func $i "post-get"))))
  (func (export "posts") (result u32) (canon lift (core func $i "posts"))))
