// Test guest for --invoke: a reactor exporting plain functions.
__attribute__((export_name("add"))) int add(int a, int b) { return a + b; }
__attribute__((export_name("scale"))) double scale(double x, long long k) { return x * (double)k; }
