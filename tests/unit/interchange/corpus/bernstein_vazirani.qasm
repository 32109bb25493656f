// Bernstein-Vazirani with the hidden string s = 1011 (s_0 = 1, s_1 = 1, s_2 = 0, s_3 = 1):
// one query reveals s on q[0..3]; the ancilla ends in |1>.
OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
qreg anc[1];
creg c[4];
x anc[0];
h q;
h anc[0];
cx q[0], anc[0];
cx q[1], anc[0];
cx q[3], anc[0];
h q;
h anc[0];
measure q -> c;
