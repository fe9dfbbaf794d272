// Parsing a source file with CPython's own parser, future-statement
// analysis and symbol table, exactly as `python3.11 FILE.py` does.
//
//   ParseResult result = ParseSourceFile("/abs/app.py", limits);
//   if (result.outcome == ParseOutcome::kProgramError) {
//     std::cerr << result.message;  // as python3.11 prints it
//   }
//
// On success `parsed` holds the C AST (in its arena), the future features
// and the symbol table; the ParsedSource frees them.
#ifndef NUITKA_CC_TREE_PARSE_SOURCE_H_
#define NUITKA_CC_TREE_PARSE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "nuitka_cc/tree/python_ast.h"

namespace nuitka_cc {

struct ParsedSource {
  ParsedSource() = default;
  ~ParsedSource();
  ParsedSource(const ParsedSource&) = delete;
  ParsedSource& operator=(const ParsedSource&) = delete;

  std::string filename;           // as given to CPython (absolute path)
  PyObject* filename_object = nullptr;
  PyArena* arena = nullptr;
  mod_ty module = nullptr;
  PyFutureFeatures* future = nullptr;
  struct symtable* symbols = nullptr;
};

enum class ParseOutcome {
  kOk,
  kProgramError,  // CPython rejects the program: exit status 1
  kInputError,    // the file cannot be read: exit status 2
};

struct ParseLimits {
  // Larger files are refused before parsing.
  int64_t max_source_bytes = 64 << 20;
};

struct ParseResult {
  ParseOutcome outcome = ParseOutcome::kOk;
  // For errors: the complete text for stderr, ending in a newline.
  std::string message;
  std::unique_ptr<ParsedSource> parsed;
};

// `path` should be absolute: CPython shows it in messages as given.
// Requires the embedded interpreter (EmbeddedPython::Start).
ParseResult ParseSourceFile(const std::string& path, const ParseLimits& limits);

// The same for source bytes already in memory, as compile(bytes, path,
// "exec") parses them (the string tokenizer: its encoding errors read
// differently from those of a file). For benchmarks and tools; `path` is only
// used in messages and the tree.
ParseResult ParseSourceBuffer(const std::string& path, const std::string& bytes,
                              const ParseLimits& limits);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_PARSE_SOURCE_H_
