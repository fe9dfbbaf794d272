// Reading the command line: `nuitka-cc [flags] FILE.py`.
//
// Flags are Abseil flags; they are written with dashes on the command line
// (`--dump-tree`), Abseil names them with underscores. Unknown flags and bad
// values are usage errors (exit status 2), reported here rather than by
// Abseil's parser, which would exit with status 1.
#ifndef NUITKA_CC_DRIVER_COMMAND_LINE_H_
#define NUITKA_CC_DRIVER_COMMAND_LINE_H_

#include <string>
#include <vector>

namespace nuitka_cc {

struct CommandLine {
  bool help = false;
  bool version = false;
  std::vector<std::string> positional;
  std::string error;  // set on a usage error
};

CommandLine ParseCommandLine(int argc, char** argv);

// The text `--help` prints: every flag with its sentence.
std::string UsageText();

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_COMMAND_LINE_H_
