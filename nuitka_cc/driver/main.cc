// The `nuitka-cc` command.
//
// Exit status: 0 success, 1 the program is rejected (SyntaxError and the
// like, reported as python3.11 reports it), 2 usage or input/output errors.
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
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

int Main(int argc, char** argv) {
  CommandLine command_line = ParseCommandLine(argc, argv);
  if (!command_line.error.empty()) {
    std::cerr << "nuitka-cc: error: " << command_line.error
              << "\nTry 'nuitka-cc --help'.\n";
    return kExitUsageError;
  }
  if (command_line.help) {
    std::cout << UsageText();
    return kExitSuccess;
  }
  if (command_line.version) {
    std::cout << kVersionText << "\n";
    return kExitSuccess;
  }
  if (command_line.positional.size() != 1) {
    std::cerr << "nuitka-cc: error: expected exactly one FILE.py, got "
              << command_line.positional.size()
              << "\nTry 'nuitka-cc --help'.\n";
    return kExitUsageError;
  }
  PipelineOptions options;
  options.source_path = command_line.positional[0];
  options.dump_format = absl::GetFlag(FLAGS_dump_tree);
  options.output_path = absl::GetFlag(FLAGS_output);
  options.parse_limits.max_source_bytes = absl::GetFlag(FLAGS_max_source_bytes);
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
