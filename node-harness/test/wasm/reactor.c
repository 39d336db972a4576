// Test guest for --invoke: a reactor exporting one function per value type.
__attribute__((export_name("add"))) int add(int a, int b) { return a + b; }
__attribute__((export_name("scale"))) double scale(double x, long long k) { return x * (double)k; }
__attribute__((export_name("half"))) float half(float x) { return x / 2.0f; }
__attribute__((export_name("negate64"))) long long negate64(long long x) { return -x; }
__attribute__((export_name("nothing"))) void nothing(void) {}
