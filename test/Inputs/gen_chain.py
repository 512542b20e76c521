#!/usr/bin/env python3
"""Writes a C++ file with a chain of N helper functions, each calling the
next, the last one sleeping, and one function that calls the head of the
chain with a lock held. The chain is deeper than any recursive analysis
could follow on a thread's stack."""

import sys

path, count = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as out:
    out.write("#include <mutex>\n#include <unistd.h>\nstd::mutex mu;\n")
    out.write("static void f%d() { sleep(1); }\n" % (count - 1))
    for k in range(count - 2, -1, -1):
        out.write("static void f%d() { f%d(); }\n" % (k, k + 1))
    out.write("void entry() {\n  std::lock_guard<std::mutex> lock(mu);\n"
              "  f0();\n}\n")
