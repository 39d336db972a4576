// Test guest: imports a function no host provides.
__attribute__((import_module("env"), import_name("host_magic"))) int host_magic(int);

int main(void) { return host_magic(7); }
