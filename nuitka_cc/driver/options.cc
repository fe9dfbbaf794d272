#include "nuitka_cc/driver/options.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, dump_tree, "",
          "Write the node tree of FILE instead of compiling it, as xml, dot "
          "(Graphviz source) or svg (rendered by Graphviz); --dump-tree "
          "alone means xml.");
ABSL_FLAG(std::string, output, "",
          "Write the dump to this file instead of standard output.");
ABSL_FLAG(std::string, output_dir, "",
          "Write APP.build/ (the generated C, the report, objects and logs) "
          "and the executable APP.bin into this directory, created if "
          "missing; APP is the stem of FILE. Default: the current "
          "directory.");
ABSL_FLAG(int32_t, jobs, 0,
          "Run this many C compiler processes at once; 0 (the default) "
          "means one per core.");
ABSL_FLAG(std::string, cc, "",
          "The C compiler that compiles and links the generated C: clang "
          "(the default), gcc, or the path of a compiler. ccache is used "
          "when installed (CCACHE_DISABLE=1 turns it off).");
ABSL_FLAG(std::string, c_opt, "-O2",
          "The optimisation level given to the C compiler: -O0, -O1, -O2 "
          "(the default), -O3, -Os, -Oz or -Og.");
ABSL_FLAG(bool, run, false,
          "Run APP.bin after building it, with the arguments that follow "
          "FILE (put them after `--` when they start with a dash); "
          "nuitka-cc then exits with the program's exit status.");
ABSL_FLAG(bool, generate_c_only, false,
          "Stop after writing the generated C and the report to APP.build/; "
          "compile nothing.");
ABSL_FLAG(bool, no_fallback, false,
          "Refuse to run any function from its bytecode: a construct the "
          "code generator cannot compile natively is an error (exit status "
          "1) instead of a fallback listed in the report.");
ABSL_FLAG(bool, show_report, false,
          "Print the report (one line per function: compiled natively, or "
          "run from bytecode and why) to standard error after generating "
          "the C.");
ABSL_FLAG(bool, python_debug, false,
          "Build against Debian's debug CPython (package python3.11-dbg): "
          "the program behaves as `python3.11-dbg FILE.py` does, with the "
          "interpreter's assertions and reference counting "
          "(sys.gettotalrefcount()) on, and the generated C is compiled "
          "without NDEBUG. Run with NUITKA_CC_REFCOUNT_ROUNDS=N in its "
          "environment, such a program first runs its module body N times "
          "with its output discarded and prints `refcount rounds:` and the "
          "total reference count after each round to standard error.");
ABSL_FLAG(bool, show_optimizations, false,
          "Print every change the optimizer made (`FILE:LINE: tag: message`, "
          "in the order it made them) and how many passes it took to "
          "standard output.");
ABSL_FLAG(bool, no_optimization, false,
          "Skip the optimizer: --dump-tree then shows the tree as the front "
          "end built it, and the program is compiled from that tree.");
ABSL_FLAG(int64_t, max_source_bytes, 64 << 20,
          "Refuse source files larger than this many bytes.");
