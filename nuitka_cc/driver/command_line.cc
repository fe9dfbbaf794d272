#include "nuitka_cc/driver/command_line.h"

#include "absl/flags/reflection.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "nuitka_cc/driver/options.h"

namespace nuitka_cc {
namespace {

struct FlagUsage {
  const char* name;        // Abseil's name
  const char* shown;       // as written on the command line
  const char* value_hint;  // "" for flags that take no value
};

// The order --help lists them in.
constexpr FlagUsage kFlags[] = {
    {"dump_tree", "--dump-tree", "[=xml|dot|svg]"},
    {"output", "--output", "=FILE"},
    {"max_source_bytes", "--max-source-bytes", "=N"},
    {"output_dir", "--output-dir", "=DIR"},
    {"jobs", "--jobs", "=N"},
    {"cc", "--cc", "=clang|gcc|PATH"},
    {"c_opt", "--c-opt", "=-O2"},
    {"run", "--run", ""},
    {"generate_c_only", "--generate-c-only", ""},
    {"no_fallback", "--no-fallback", ""},
    {"show_report", "--show-report", ""},
    {"python_debug", "--python-debug", ""},
    {"show_optimizations", "--show-optimizations", ""},
    {"no_optimization", "--no-optimization", ""},
};

// Flags that may be given without a value, and the value they mean then:
// switches (bool flags) mean true.
const char* ImplicitValue(const absl::CommandLineFlag& flag) {
  if (flag.Name() == "dump_tree") return "xml";
  if (flag.IsOfType<bool>()) return "true";
  return nullptr;
}

}  // namespace

CommandLine ParseCommandLine(int argc, char** argv) {
  CommandLine result;
  bool only_positional = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (only_positional || arg.size() < 2 || arg[0] != '-' || arg == "-") {
      result.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      result.help = true;
      continue;
    }
    if (arg == "--version") {
      result.version = true;
      continue;
    }
    std::string body = arg.substr(arg[1] == '-' ? 2 : 1);
    std::string name = body;
    std::string value;
    bool has_value = false;
    if (size_t equals = body.find('='); equals != std::string::npos) {
      name = body.substr(0, equals);
      value = body.substr(equals + 1);
      has_value = true;
    }
    name = absl::StrReplaceAll(name, {{"-", "_"}});
    bool known = false;
    for (const FlagUsage& usage : kFlags) known = known || name == usage.name;
    absl::CommandLineFlag* flag =
        known ? absl::FindCommandLineFlag(name) : nullptr;
    if (flag == nullptr) {
      result.error = absl::StrCat("unknown flag '", arg, "'");
      return result;
    }
    if (!has_value) {
      if (const char* implicit = ImplicitValue(*flag)) {
        value = implicit;
      } else if (i + 1 < argc) {
        value = argv[++i];
      } else {
        result.error = absl::StrCat("flag '", arg, "' needs a value");
        return result;
      }
    }
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      result.error = absl::StrCat("bad value for '", arg, "': ", error);
      return result;
    }
  }
  return result;
}

std::string UsageText() {
  std::string text =
      "usage: nuitka-cc [flags] FILE.py [--] [ARGS...]\n"
      "\n"
      "Compiles a Python 3.11 program into the executable APP.bin (APP is the\n"
      "stem of FILE), which behaves as `python3.11 FILE.py` does; with\n"
      "--dump-tree, shows its node tree instead. ARGS are passed to the\n"
      "program by --run.\n"
      "\n"
      "flags:\n";
  for (const FlagUsage& usage : kFlags) {
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(usage.name);
    absl::StrAppend(&text, "  ", usage.shown, usage.value_hint, "\n      ",
                    flag->Help(), "\n");
  }
  absl::StrAppend(&text,
                  "  --help\n      Print this text and exit.\n"
                  "  --version\n      Print the version of nuitka-cc and exit.\n"
                  "\n"
                  "exit status: 0 success, 1 the program is rejected (for "
                  "example a SyntaxError, or a construct --no-fallback "
                  "refuses), 2 usage, input/output or build-tool error (a "
                  "missing or failing C compiler); with --run, the "
                  "program's own exit status.\n");
  return text;
}

}  // namespace nuitka_cc
