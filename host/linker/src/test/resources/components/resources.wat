;; A component that defines a resource "counter" (rep i32, with a destructor) and exercises
;; canon resource.new/rep/drop from its own code and through its exports (own and borrow handles).
;; Built into resources.wasm by build.sh.
(component
  ;; The destructor lives in its own instance so that the resource type can name it before the main
  ;; module (which imports resource.new/rep/drop of that type) is instantiated.
  (core module $dtor-module
    (global $destroyed (export "destroyed") (mut i32) (i32.const 0))
    (func (export "dtor") (param i32)
      (global.set $destroyed (i32.add (global.get $destroyed) (local.get 0)))))
  (core instance $dtor-instance (instantiate $dtor-module))
  (alias core export $dtor-instance "dtor" (core func $dtor))
  (type $counter (resource (rep i32) (dtor (core func $dtor))))
  (core func $new (canon resource.new $counter))
  (core func $rep (canon resource.rep $counter))
  (core func $drop (canon resource.drop $counter))
  (core instance $res
    (export "new" (func $new))
    (export "rep" (func $rep))
    (export "drop" (func $drop)))
  (core module $main
    (import "res" "new" (func $new (param i32) (result i32)))
    (import "res" "rep" (func $rep (param i32) (result i32)))
    (import "res" "drop" (func $drop (param i32)))
    (import "d" "destroyed" (global $destroyed (mut i32)))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    ;; A borrow of a resource this component defines arrives as its rep.
    (func (export "get") (param i32) (result i32) (local.get 0))
    (func (export "consume") (param i32) (call $drop (local.get 0)))
    (func (export "destroyed") (result i32) (global.get $destroyed))
    (func (export "roundtrip") (param i32) (result i32)
      (local $h i32) (local $r i32)
      (local.set $h (call $new (local.get 0)))
      (local.set $r (call $rep (local.get $h)))
      (call $drop (local.get $h))
      (local.get $r))
    (func (export "use-after-drop") (result i32)
      (local $h i32)
      (local.set $h (call $new (i32.const 1)))
      (call $drop (local.get $h))
      (call $rep (local.get $h))))
  (core instance $m (instantiate $main
    (with "res" (instance $res))
    (with "d" (instance $dtor-instance))))
  (export $counter-export "counter" (type $counter))
  (type $own (own $counter-export))
  (type $borrow (borrow $counter-export))
  (func (export "make") (param "n" u32) (result $own) (canon lift (core func $m "make")))
  (func (export "get") (param "c" $borrow) (result u32) (canon lift (core func $m "get")))
  (func (export "consume") (param "c" $own) (canon lift (core func $m "consume")))
  (func (export "destroyed") (result u32) (canon lift (core func $m "destroyed")))
  (func (export "roundtrip") (param "n" u32) (result u32) (canon lift (core func $m "roundtrip")))
  (func (export "use-after-drop") (result u32) (canon lift (core func $m "use-after-drop"))))
