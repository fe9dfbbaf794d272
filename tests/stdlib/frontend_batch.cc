// Runs the front end (parse, future features, symbol table, compile-stage
// checks, tree building with reformulations and variable resolution) and
// the optimizer over many files in one process, for the whole-stdlib test.
//
//   find /usr/lib/python3.11 -name '*.py' | frontend_batch [--scopes] [--stats]
//
// Reads one path per line from standard input and writes one record per
// file to standard output, flushed after each record:
//
//   OK <path>                   the tree was built
//   REJECT <path>               CPython rejects the program (exit status 1
//                               of nuitka-cc); the message follows
//   INPUT_ERROR <path>          the file cannot be read; the message follows
//   INTERNAL <path>             BuildModuleTree failed; the message follows
//
// A message is the exact error text, one line per "| "-prefixed line (split
// at '\n' only; the text's final newline is dropped). With --scopes, an OK
// record is followed by every scope of the tree in creation order, with the
// names it binds or uses as CPython's symbol table would list them:
//
//   SCOPE <module|function|class> <name> <first_line>
//     <name> <LOCAL|CELL|FREE|GLOBAL_EXPLICIT|GLOBAL_IMPLICIT>
//
// With --stats, an OK record is followed by `STATS nodes=<n> scopes=<n>`.
//
// Scope types and names follow Python's `symtable` module, except that the
// module is named after the module ("__main__") and comprehensions and
// lambdas have their code names ("<listcomp>", "<lambda>", ...).
#include <pthread.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/nodes/module_tree.h"
#include "nuitka_cc/nodes/variable.h"
#include "nuitka_cc/tree/building.h"
#include "nuitka_cc/tree/parse_source.h"
#include "optimization/optimizer.h"

namespace nuitka_cc {
namespace {

// As the compiler's own main thread: the front end recurses along the tree.
constexpr size_t kFrontEndStackBytes = 256 << 20;

struct Options {
  bool scopes = false;
  bool stats = false;
  int exit_status = 0;
};

void WriteMessage(std::string* out, absl::string_view message) {
  if (!message.empty() && message.back() == '\n') message.remove_suffix(1);
  size_t start = 0;
  while (true) {
    size_t end = message.find('\n', start);
    absl::StrAppend(out, "| ",
                    message.substr(start, end == absl::string_view::npos
                                              ? absl::string_view::npos
                                              : end - start),
                    "\n");
    if (end == absl::string_view::npos) break;
    start = end + 1;
  }
}

// symtable's type of a scope.
absl::string_view SymtableType(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::kModule:
      return "module";
    case ScopeKind::kClass:
      return "class";
    default:
      return "function";
  }
}

std::string SymtableName(const Scope& scope) {
  switch (scope.kind()) {
    case ScopeKind::kLambda:
      return "<lambda>";
    case ScopeKind::kListComprehension:
      return "<listcomp>";
    case ScopeKind::kSetComprehension:
      return "<setcomp>";
    case ScopeKind::kDictComprehension:
      return "<dictcomp>";
    case ScopeKind::kGeneratorExpression:
      return "<genexpr>";
    default:
      return scope.name();
  }
}

absl::string_view SymtableReferenceKind(ReferenceKind kind) {
  switch (kind) {
    case ReferenceKind::kLocal:
      return "LOCAL";
    case ReferenceKind::kCell:
      return "CELL";
    case ReferenceKind::kFree:
      return "FREE";
    case ReferenceKind::kGlobalExplicit:
      return "GLOBAL_EXPLICIT";
    case ReferenceKind::kGlobalImplicit:
      return "GLOBAL_IMPLICIT";
  }
  return "?";
}

void WriteScopes(std::string* out, const ModuleTree& tree) {
  for (const Scope& scope : tree.scopes()) {
    absl::StrAppend(out, "SCOPE ", SymtableType(scope.kind()), " ",
                    SymtableName(scope), " ", scope.first_line, "\n");
    for (const auto& [name, variable] : scope.names()) {
      absl::StrAppend(out, "  ", name, " ",
                      variable == nullptr
                          ? absl::string_view("NONE")
                          : SymtableReferenceKind(scope.ReferenceKindOf(variable)),
                      "\n");
    }
  }
}

void ProcessFile(const std::string& path, const Options& options) {
  std::string out;
  {
    ParseResult parse = ParseSourceFile(path, ParseLimits());
    if (parse.outcome == ParseOutcome::kProgramError) {
      absl::StrAppend(&out, "REJECT ", path, "\n");
      WriteMessage(&out, parse.message);
    } else if (parse.outcome == ParseOutcome::kInputError) {
      absl::StrAppend(&out, "INPUT_ERROR ", path, "\n");
      WriteMessage(&out, parse.message);
    } else {
      BuildResult built = BuildModuleTree(*parse.parsed, "__main__");
      if (!built.tree) {
        absl::StrAppend(&out, "INTERNAL ", path, "\n");
        WriteMessage(&out, built.message.empty() ? "no message" : built.message);
      } else {
        absl::StrAppend(&out, "OK ", path, "\n");
        if (options.scopes) WriteScopes(&out, *built.tree);
        // The optimizer runs over every tree too: a crash or hang in it is
        // charged to the file like one of the front end.
        OptimizationResult optimized = OptimizeModule(*built.tree);
        if (options.stats) {
          absl::StrAppend(&out, "STATS nodes=", built.tree->node_count(),
                          " scopes=", built.tree->scopes().size(),
                          " passes=", optimized.passes,
                          " replacements=", optimized.replacements.size(), "\n");
        }
      }
      // The tree and the parse are freed here, before the next file.
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
}

void* Run(void* raw) {
  auto* options = static_cast<Options*>(raw);
  if (absl::Status started = EmbeddedPython::Start(); !started.ok()) {
    std::cerr << "frontend_batch: " << started.message() << "\n";
    options->exit_status = 2;
    return nullptr;
  }
  std::string path;
  while (std::getline(std::cin, path)) {
    if (!path.empty() && path.back() == '\r') path.pop_back();
    if (path.empty()) continue;
    ProcessFile(path, *options);
  }
  return nullptr;
}

}  // namespace
}  // namespace nuitka_cc

int main(int argc, char** argv) {
  nuitka_cc::Options options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--scopes") == 0) {
      options.scopes = true;
    } else if (std::strcmp(argv[i], "--stats") == 0) {
      options.stats = true;
    } else {
      std::cerr << "usage: frontend_batch [--scopes] [--stats] < paths\n";
      return 2;
    }
  }
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, nuitka_cc::kFrontEndStackBytes);
  pthread_t thread;
  if (pthread_create(&thread, &attributes, nuitka_cc::Run, &options) != 0) {
    nuitka_cc::Run(&options);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attributes);
  return options.exit_status;
}
