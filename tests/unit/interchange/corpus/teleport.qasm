// Teleportation with the measurements deferred (corrections as controlled gates):
// q[0] starts as ry(1.2)|0>, and q[2] ends in that state, so P(q[2] = 1) = sin^2(0.6).
OPENQASM 3;
include "stdgates.inc";
qubit[3] q;
bit[3] c;
ry(1.2) q[0];
h q[1];
cx q[1], q[2];
cx q[0], q[1];
h q[0];
cx q[1], q[2];
cz q[0], q[2];
c = measure q;
