;; A WASI preview-1 command: prints its environment variable count and a greeting.
;; build.sh wraps it into a component with the preview-1 command adapter.
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "hello from a component\n")
  (func (export "_start")
    ;; environ_sizes_get(count at 0, buffer size at 4)
    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    ;; iovec at 16: pointer 64, length 23
    (i32.store (i32.const 16) (i32.const 64))
    (i32.store (i32.const 20) (i32.const 23))
    (if (i32.ne (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24)) (i32.const 0))
      (then (call $proc_exit (i32.const 1))))))
