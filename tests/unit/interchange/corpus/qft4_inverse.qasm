// OpenQASM 3: a QFT as a gate, applied to |0101> (q[0] and q[2] set) and undone with inv @,
// so the register returns to |0101> = index 5 with probability 1.
OPENQASM 3.0;
include "stdgates.inc";
gate qft4 a, b, c, d {
  h d; cp(π/2) c, d; cp(π/4) b, d; cp(π/8) a, d;
  h c; cp(π/2) b, c; cp(π/4) a, c;
  h b; cp(π/2) a, b;
  h a;
  swap a, d; swap b, c;
}
qubit[4] q;
bit[4] c;
x q[0];
x q[2];
qft4 q[0], q[1], q[2], q[3];
inv @ qft4 q[0], q[1], q[2], q[3];
c = measure q;
