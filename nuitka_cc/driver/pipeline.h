// What `nuitka-cc FILE.py` does, stage by stage: read and parse the file,
// build the node tree, then either dump it (--dump-tree) or generate C,
// compile and link it (the build backend), and with --run, run the result.
#ifndef NUITKA_CC_DRIVER_PIPELINE_H_
#define NUITKA_CC_DRIVER_PIPELINE_H_

#include <string>
#include <vector>

#include "nuitka_cc/tree/parse_source.h"

namespace nuitka_cc {

inline constexpr int kExitSuccess = 0;
// SyntaxError and the like; a construct --no-fallback refuses.
inline constexpr int kExitProgramRejected = 1;
// Bad flags, unreadable input, unwritable output.
inline constexpr int kExitUsageError = 2;
// The C compiler is missing or failed, the runtime cannot be found: the same
// status as usage and input/output errors (the message names the step and
// its log).
inline constexpr int kExitBuildToolError = 2;

struct PipelineOptions {
  std::string source_path;
  std::string dump_format;  // "", "xml", "dot" or "svg"
  std::string output_path;  // "" for stdout
  ParseLimits parse_limits;
  bool optimize = true;             // run the optimizer on the tree
  bool show_optimizations = false;  // list its changes on stdout

  // Compiling (without --dump-tree).
  std::string output_dir;  // "" for the current directory
  int jobs = 0;            // 0: one per core
  std::string cc;          // "" for clang
  std::string c_opt = "-O2";
  bool generate_c_only = false;
  bool no_fallback = false;
  bool show_report = false;
  bool python_debug = false;  // against python3.11-dbg
  bool run = false;
  std::vector<std::string> program_args;  // for --run
};

// Runs the whole command; returns the exit status. Messages go to stderr.
// With --run it does not return when the build succeeds: the process
// becomes the built program.
int RunPipeline(const PipelineOptions& options);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_PIPELINE_H_
