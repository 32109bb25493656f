// Ripple-carry adder from Toffoli and CNOT gates (majority / unmajority-and-add):
// a = 1 and b = 2 give b = a + b = 3 with no carry out; a and the carry-in come back unchanged.
OPENQASM 2.0;
include "qelib1.inc";
gate majority a, b, c {
  cx c, b;
  cx c, a;
  ccx a, b, c;
}
gate unmaj a, b, c {
  ccx a, b, c;
  cx c, a;
  cx a, b;
}
qreg cin[1];
qreg a[2];
qreg b[2];
qreg cout[1];
creg ans[3];
x a[0];       // a = 01
x b[1];       // b = 10
majority cin[0], b[0], a[0];
majority a[0], b[1], a[1];
cx a[1], cout[0];
unmaj a[0], b[1], a[1];
unmaj cin[0], b[0], a[0];
measure b[0] -> ans[0];
measure b[1] -> ans[1];
measure cout[0] -> ans[2];
