// The `nuitka-cc` command.
//
// Exit status: 0 success, 1 the program is rejected (SyntaxError and the
// like, reported as python3.11 reports it; a construct --no-fallback
// refuses), 2 usage, input/output or build-tool errors; with --run, the
// built program's own status.
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "nuitka_cc/driver/c_toolchain.h"
#include "nuitka_cc/driver/command_line.h"
#include "nuitka_cc/driver/options.h"
#include "nuitka_cc/driver/pipeline.h"
#include "nuitka_cc/driver/version.h"

namespace nuitka_cc {
namespace {

// The front end recurses along the tree; CPython's symbol table bounds the
// depth it accepts, and this stack is ample for that bound.
constexpr size_t kFrontEndStackBytes = 256 << 20;

struct MainArguments {
  int argc;
  char** argv;
  int exit_status;
};

int UsageError(const std::string& message) {
  std::cerr << "nuitka-cc: error: " << message
            << "\nTry 'nuitka-cc --help'.\n";
  return kExitUsageError;
}

// The combinations of flags that make no sense, described; "" if none.
std::string ConflictingFlags(const PipelineOptions& options) {
  if (!options.dump_format.empty() && options.run) {
    return "--run runs a compiled program; it cannot be combined with "
           "--dump-tree";
  }
  if (!options.dump_format.empty() && options.generate_c_only) {
    return "--generate-c-only cannot be combined with --dump-tree";
  }
  if (options.run && options.generate_c_only) {
    return "--run needs an executable; it cannot be combined with "
           "--generate-c-only";
  }
  if (options.jobs < 0) {
    return absl::StrCat("--jobs takes a count of 1 or more (0 for one per "
                        "core), not ", options.jobs);
  }
  if (!IsValidOptimizationFlag(options.c_opt)) {
    return absl::StrCat("--c-opt takes -O0, -O1, -O2, -O3, -Os, -Oz or -Og, "
                        "not '", options.c_opt, "'");
  }
  return "";
}

int Main(int argc, char** argv) {
  CommandLine command_line = ParseCommandLine(argc, argv);
  if (!command_line.error.empty()) return UsageError(command_line.error);
  if (command_line.help) {
    std::cout << UsageText();
    return kExitSuccess;
  }
  if (command_line.version) {
    std::cout << kVersionText << "\n";
    return kExitSuccess;
  }
  PipelineOptions options;
  options.dump_format = absl::GetFlag(FLAGS_dump_tree);
  options.output_path = absl::GetFlag(FLAGS_output);
  options.parse_limits.max_source_bytes = absl::GetFlag(FLAGS_max_source_bytes);
  options.output_dir = absl::GetFlag(FLAGS_output_dir);
  options.jobs = absl::GetFlag(FLAGS_jobs);
  options.cc = absl::GetFlag(FLAGS_cc);
  options.c_opt = absl::GetFlag(FLAGS_c_opt);
  options.run = absl::GetFlag(FLAGS_run);
  options.generate_c_only = absl::GetFlag(FLAGS_generate_c_only);
  options.no_fallback = absl::GetFlag(FLAGS_no_fallback);
  options.show_report = absl::GetFlag(FLAGS_show_report);
  options.python_debug = absl::GetFlag(FLAGS_python_debug);
  options.show_optimizations = absl::GetFlag(FLAGS_show_optimizations);
  options.optimize = !absl::GetFlag(FLAGS_no_optimization);
  // Arguments after FILE are the program's, for --run only.
  if (command_line.positional.empty() ||
      (!options.run && command_line.positional.size() != 1)) {
    return UsageError(absl::StrCat(
        "expected exactly one FILE.py, got ", command_line.positional.size(),
        command_line.positional.size() > 1
            ? " (arguments for the program need --run)"
            : ""));
  }
  if (std::string conflict = ConflictingFlags(options); !conflict.empty()) {
    return UsageError(conflict);
  }
  options.source_path = command_line.positional[0];
  options.program_args.assign(command_line.positional.begin() + 1,
                              command_line.positional.end());
  return RunPipeline(options);
}

void* MainThread(void* raw) {
  auto* arguments = static_cast<MainArguments*>(raw);
  arguments->exit_status = Main(arguments->argc, arguments->argv);
  return nullptr;
}

}  // namespace
}  // namespace nuitka_cc

int main(int argc, char** argv) {
  nuitka_cc::MainArguments arguments{argc, argv, nuitka_cc::kExitUsageError};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, nuitka_cc::kFrontEndStackBytes);
  pthread_t thread;
  if (pthread_create(&thread, &attributes, nuitka_cc::MainThread, &arguments) !=
      0) {
    // Without a big stack (e.g. under a tight memory limit), run here.
    nuitka_cc::MainThread(&arguments);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attributes);
  std::fflush(stdout);
  return arguments.exit_status;
}
