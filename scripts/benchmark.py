#!/usr/bin/env python3
"""Measures what lockio costs on top of parsing.

For each translation unit the script runs clang-tidy twice, the same way but
for the enabled check:

  parse-only: clang-tidy-19 --load PLUGIN -checks='-*,cert-err52-cpp' FILE
  check:      clang-tidy-19 --load PLUGIN
                -checks='-*,lockio-blocking-call-under-lock' FILE

The parse-only run still needs one check (clang-tidy refuses to run with
none, and with --allow-no-checks it does not even parse). The baseline is
cert-err52-cpp because it is about as cheap as a check can be while keeping
the work lockio also depends on: its single AST matcher visits every call
expression of the translation unit and only compares the callee's name with
setjmp and longjmp, which none of these files call, so it spends almost
nothing per match and prints nothing. readability-braces-around-statements
costs about the same on headers, but it would warn at every if without
braces in the fixtures and the generated file, and printing those
warnings would be counted as parsing. The plugin is loaded in both runs, so
loading it is not counted as the check's cost.

The translation units are:
  - fixtures/*.cpp, with their compile commands from the build directory's
    compile_commands.json;
  - test/corpus/*.cpp, with the compiler arguments of each file's first RUN
    line (they include cpp-httplib, spdlog and Boost.Asio);
  - a generated file of --functions functions (most neither lock nor block,
    some take a lock, some block directly or through chains of callees, some
    do both), written to a temporary directory.

The runs are interleaved, parse-only then check for one file, then the next
file, and the whole round is repeated --repeat times, so that a change in
machine load hits both sides alike. Each run's CPU time (user + system) and
peak resident memory come from os.wait4 on that one child process. CPU time
is used rather than wall time because the machine may be shared; pass
--clock wall to use wall time instead.

How to read the output: one row per file with the median parse-only and
check times, the median of the per-round ratios check/parse-only, the peak
memory of both runs and their ratio, and the number of warnings the check
printed (a sanity check that it ran). A ratio of 1.10 means the check adds
10% to what clang-tidy spends parsing and matching that file. The overall
ratio is, for each round, the total check time over all files divided by the
total parse-only time, and then the median over the rounds. A file whose
run crashed or did not compile is shown as such and left out of the totals.
"""

import argparse
import json
import os
import random
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECK = "lockio-blocking-call-under-lock"
BASELINE_CHECK = "cert-err52-cpp"
DIAG_RE = re.compile(r"^.*?:\d+:\d+: (warning|error): ", re.MULTILINE)


class Unit:
    """One translation unit and how to pass it to clang-tidy."""

    def __init__(self, name, source, tidy_args):
        self.name = name
        self.source = source
        # Arguments after the source file: -p BUILD or `-- FLAGS`.
        self.tidy_args = tidy_args
        self.base_times, self.check_times = [], []
        self.base_mem, self.check_mem = [], []
        self.warnings = 0
        self.failure = None


def fixture_units(build_dir):
    """The fixtures' sources, compiled as the build's database says."""
    database = os.path.join(build_dir, "compile_commands.json")
    if not os.path.isfile(database):
        sys.exit("benchmark: no %s; configure the build first" % database)
    with open(database, encoding="utf-8") as f:
        entries = json.load(f)
    fixtures = os.path.join(REPO, "fixtures") + os.sep
    units = []
    for entry in entries:
        source = os.path.normpath(
            os.path.join(entry["directory"], entry["file"]))
        if source.startswith(fixtures) and source.endswith(".cpp"):
            name = "fixtures/" + os.path.basename(source)
            units.append(Unit(name, source, ["-p", build_dir]))
    return sorted(units, key=lambda u: u.name)


def run_line_compile_args(path):
    """The compiler arguments of the first RUN line of a lit test."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = re.findall(r"^// RUN:(.*)$", text, re.MULTILINE)
    command = ""
    for line in lines:
        command += line.rstrip()
        if command.endswith("\\"):
            command = command[:-1] + " "
            continue
        break
    words = shlex.split(command)
    if "--" not in words:
        return []
    # Everything after the last `--` goes to the compiler.
    last = len(words) - 1 - words[::-1].index("--")
    return words[last + 1:]


def corpus_units():
    corpus = os.path.join(REPO, "test", "corpus")
    if not os.path.isdir(corpus):
        return []
    units = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".cpp"):
            continue
        source = os.path.join(corpus, name)
        args = run_line_compile_args(source)
        units.append(Unit("test/corpus/" + name, source, ["--", *args]))
    return units


def generate_unit(directory, count, seed=1):
    """Writes a file of `count` functions and returns it as a Unit.

    About 70% of the functions neither lock nor block and call only each
    other; 10% block, directly or through other blocking functions; 15%
    take a lock around plain work; 5% take a lock and call something that
    blocks. All functions are declared first, so calls go both ways and the
    call graph has cycles.
    """
    rng = random.Random(seed)
    kinds = []
    for _ in range(count):
        roll = rng.random()
        kinds.append("plain" if roll < 0.70 else
                     "blocking" if roll < 0.80 else
                     "locking" if roll < 0.95 else "both")
    by_kind = {k: [i for i, kind in enumerate(kinds) if kind == k]
               for k in ("plain", "blocking", "locking", "both")}
    for k in by_kind:
        if not by_kind[k]:
            by_kind[k] = [0]

    out = ["// Generated by scripts/benchmark.py.",
           "#include <chrono>", "#include <mutex>", "#include <string>",
           "#include <thread>", "#include <unistd.h>", "#include <vector>",
           "", "static std::mutex Mutexes[16];", ""]
    out += ["int f%d(int X);" % i for i in range(count)]
    out.append("")

    def plain_body(i):
        callee = rng.choice(by_kind["plain"])
        return [
            "int f%d(int X) {" % i,
            "  int Sum = 0;",
            "  for (int I = 0; I < X %% %d; ++I)" % rng.randint(3, 9),
            "    Sum += I * %d;" % rng.randint(1, 7),
            "  std::string S = std::to_string(Sum);",
            "  if (S.size() > %d && X > 0)" % rng.randint(2, 6),
            "    return f%d(X - 1);" % callee,
            "  return Sum + static_cast<int>(S.size());",
            "}",
        ]

    def blocking_body(i):
        if rng.random() < 0.5:
            call = rng.choice(["usleep(1);", "sleep(0);",
                               "std::this_thread::sleep_for("
                               "std::chrono::microseconds(X));"])
        else:
            call = "f%d(X);" % rng.choice(by_kind["blocking"])
        return [
            "int f%d(int X) {" % i,
            "  if (X > %d) {" % rng.randint(0, 5),
            "    " + call,
            "    return X;",
            "  }",
            "  return f%d(X + 1);" % rng.choice(by_kind["plain"]),
            "}",
        ]

    def locking_body(i, blocks):
        mutex = rng.randrange(16)
        inner = ("f%d(X)" % rng.choice(by_kind["blocking"]) if blocks
                 else "f%d(X)" % rng.choice(by_kind["plain"]))
        if rng.random() < 0.5:
            return [
                "int f%d(int X) {" % i,
                "  std::lock_guard<std::mutex> Lock(Mutexes[%d]);" % mutex,
                "  int R = X;",
                "  if (X % 2)",
                "    R += %s;" % inner,
                "  return R;",
                "}",
            ]
        return [
            "int f%d(int X) {" % i,
            "  std::unique_lock<std::mutex> Lock(Mutexes[%d]);" % mutex,
            "  int R = f%d(X);" % rng.choice(by_kind["plain"]),
            "  Lock.unlock();",
            "  R += f%d(X);" % rng.choice(by_kind["blocking"]),
            "  Lock.lock();",
            "  for (int I = 0; I < X; ++I)",
            "    R += %s;" % inner,
            "  return R;",
            "}",
        ]

    for i, kind in enumerate(kinds):
        if kind == "plain":
            out += plain_body(i)
        elif kind == "blocking":
            out += blocking_body(i)
        else:
            out += locking_body(i, kind == "both")
        out.append("")

    path = os.path.join(directory, "generated.cpp")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return Unit("generated (%d functions)" % count, path, ["--", "-std=c++17"])


def run_once(clang_tidy, plugin, check, unit, clock):
    """Runs clang-tidy once; returns (seconds, peak KiB, output, status)."""
    command = [clang_tidy, "--load", plugin, "-checks=-*," + check,
               "--quiet", unit.source, *unit.tidy_args]
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=log,
                                   stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    seconds = wall if clock == "wall" else usage.ru_utime + usage.ru_stime
    # ru_maxrss is in KiB on Linux.
    return seconds, usage.ru_maxrss, output, process.returncode


def failure_of(output, status):
    if status < 0 or "Stack dump" in output:
        return "crash"
    if re.search(r": error: ", output):
        return "compile error"
    return None


def median_ratio(numerators, denominators):
    return statistics.median(n / d for n, d in zip(numerators, denominators)
                             if d > 0)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(REPO, "build"),
                        help="build directory with compile_commands.json "
                        "(default: build in the repository)")
    parser.add_argument("--plugin",
                        help="the lockio plugin (default: BUILD/liblockio.so)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="interleaved rounds (default: 5)")
    parser.add_argument("--functions", type=int, default=3000,
                        help="functions in the generated file "
                        "(default: 3000)")
    parser.add_argument("--clang-tidy", default="clang-tidy-19",
                        help="clang-tidy binary (default: clang-tidy-19)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="time to compare (default: cpu, user + system)")
    args = parser.parse_args()
    if args.repeat < 1 or args.functions < 1:
        parser.error("--repeat and --functions must be positive")

    build = os.path.abspath(args.build)
    plugin = os.path.abspath(args.plugin or
                             os.path.join(build, "liblockio.so"))
    if not os.path.isfile(plugin):
        sys.exit("benchmark: no plugin at %s; build it or pass --plugin"
                 % plugin)

    with tempfile.TemporaryDirectory(prefix="lockio-bench-") as scratch:
        units = fixture_units(build) + corpus_units()
        units.append(generate_unit(scratch, args.functions))

        print("%d files, %d rounds, %s time; parse-only is -checks='-*,%s'"
              % (len(units), args.repeat, args.clock, BASELINE_CHECK))
        for round_index in range(args.repeat):
            print("round %d/%d" % (round_index + 1, args.repeat),
                  file=sys.stderr, flush=True)
            for unit in units:
                if unit.failure:
                    continue
                base = run_once(args.clang_tidy, plugin, BASELINE_CHECK,
                                unit, args.clock)
                check = run_once(args.clang_tidy, plugin, CHECK, unit,
                                 args.clock)
                unit.failure = (failure_of(base[2], base[3]) or
                                failure_of(check[2], check[3]))
                if unit.failure:
                    continue
                unit.base_times.append(base[0])
                unit.check_times.append(check[0])
                unit.base_mem.append(base[1])
                unit.check_mem.append(check[1])
                unit.warnings = len(DIAG_RE.findall(check[2]))

    name_width = max(len(u.name) for u in units)
    header = "%-*s %9s %9s %7s %9s %9s %7s %8s" % (
        name_width, "file", "parse s", "check s", "ratio", "parse MiB",
        "check MiB", "mem", "warnings")
    print(header)
    print("-" * len(header))
    measured = []
    for unit in units:
        if unit.failure:
            print("%-*s %s (left out)" % (name_width, unit.name,
                                          unit.failure))
            continue
        measured.append(unit)
        print("%-*s %9.3f %9.3f %7.3f %9.1f %9.1f %7.3f %8d" % (
            name_width, unit.name, statistics.median(unit.base_times),
            statistics.median(unit.check_times),
            median_ratio(unit.check_times, unit.base_times),
            statistics.median(unit.base_mem) / 1024,
            statistics.median(unit.check_mem) / 1024,
            median_ratio(unit.check_mem, unit.base_mem), unit.warnings))
    if not measured:
        sys.exit("benchmark: no file could be measured")

    totals = []
    for round_index in range(args.repeat):
        base = sum(u.base_times[round_index] for u in measured)
        check = sum(u.check_times[round_index] for u in measured)
        totals.append(check / base)
    peaks_base = [max(u.base_mem[r] for u in measured)
                  for r in range(args.repeat)]
    peaks_check = [max(u.check_mem[r] for u in measured)
                   for r in range(args.repeat)]
    print("-" * len(header))
    print("peak memory ratio check/parse-only: %.3f (largest peak of any "
          "file, median of %d rounds; per file %.3f to %.3f)" % (
              median_ratio(peaks_check, peaks_base), args.repeat,
              min(median_ratio(u.check_mem, u.base_mem) for u in measured),
              max(median_ratio(u.check_mem, u.base_mem) for u in measured)))
    print("overall ratio check/parse-only: %.3f (median of %d interleaved "
          "runs)" % (statistics.median(totals), args.repeat))


if __name__ == "__main__":
    main()
