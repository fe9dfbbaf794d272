#include "nuitka_cc/tree/parse_source.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

#include "absl/strings/str_cat.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/tree/compile_stage_checks.h"

namespace nuitka_cc {
namespace {

ParseResult InputError(std::string message) {
  ParseResult result;
  result.outcome = ParseOutcome::kInputError;
  result.message = absl::StrCat("nuitka-cc: error: ", message, "\n");
  return result;
}

ParseResult ProgramError() {
  ParseResult result;
  result.outcome = ParseOutcome::kProgramError;
  result.message = EmbeddedPython::FormatCurrentException();
  return result;
}

// The steps after parsing: future features, symbol table, compile-stage
// checks.
ParseResult FinishParse(std::unique_ptr<ParsedSource> parsed) {
  if (parsed->module == nullptr) return ProgramError();
  parsed->future = _PyFuture_FromAST(parsed->module, parsed->filename_object);
  if (parsed->future == nullptr) return ProgramError();
  // CPython folds constants (`-1`, `(1, 2)`, `__debug__`) before it builds
  // the symbol table and compiles; so does the compiler here, and its tree
  // starts from the folded AST. `python3.11 FILE.py` runs without -O.
  _PyASTOptimizeState optimize_state = {};
  optimize_state.optimize = 0;
  optimize_state.ff_features = parsed->future->ff_features;
  if (!_PyAST_Optimize(parsed->module, parsed->arena, &optimize_state)) {
    return ProgramError();
  }
  parsed->symbols = _PySymtable_Build(parsed->module, parsed->filename_object,
                                      parsed->future);
  if (parsed->symbols == nullptr) return ProgramError();
  if (!CheckCompileStage(*parsed)) return ProgramError();

  ParseResult result;
  result.parsed = std::move(parsed);
  return result;
}

// The filename object and arena a parse needs; nullptr with a Python
// error set when they cannot be made.
std::unique_ptr<ParsedSource> NewParsedSource(const std::string& path) {
  auto parsed = std::make_unique<ParsedSource>();
  parsed->filename = path;
  parsed->filename_object =
      PyUnicode_DecodeFSDefaultAndSize(path.data(), path.size());
  parsed->arena = _PyArena_New();
  if (parsed->filename_object == nullptr || parsed->arena == nullptr) {
    return nullptr;
  }
  return parsed;
}

}  // namespace

ParsedSource::~ParsedSource() {
  if (symbols != nullptr) _PySymtable_Free(symbols);
  if (future != nullptr) PyObject_Free(future);
  if (arena != nullptr) _PyArena_Free(arena);
  Py_XDECREF(filename_object);
}

ParseResult ParseSourceFile(const std::string& path, const ParseLimits& limits) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    int error = errno;
    return InputError(absl::StrCat("can't open file '", path, "': [Errno ",
                                   error, "] ", std::strerror(error)));
  }
  if (S_ISDIR(info.st_mode)) {
    return InputError(
        absl::StrCat("'", path, "' is a directory, not a Python source file"));
  }
  if (!S_ISREG(info.st_mode)) {
    return InputError(
        absl::StrCat("'", path, "' is not a regular file"));
  }
  if (info.st_size > limits.max_source_bytes) {
    return InputError(absl::StrCat(
        "'", path, "' is ", info.st_size, " bytes, more than the limit of ",
        limits.max_source_bytes, " bytes for one source file"));
  }
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    int error = errno;
    return InputError(absl::StrCat("can't open file '", path, "': [Errno ",
                                   error, "] ", std::strerror(error)));
  }

  std::unique_ptr<ParsedSource> parsed = NewParsedSource(path);
  if (parsed == nullptr) {
    std::fclose(file);
    return ProgramError();
  }
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  parsed->module = _PyParser_ASTFromFile(
      file, parsed->filename_object, nullptr, Py_file_input, nullptr, nullptr,
      &flags, nullptr, parsed->arena);
  std::fclose(file);
  return FinishParse(std::move(parsed));
}

ParseResult ParseSourceBuffer(const std::string& path, const std::string& bytes,
                              const ParseLimits& limits) {
  if (static_cast<int64_t>(bytes.size()) > limits.max_source_bytes) {
    return InputError(absl::StrCat(
        "'", path, "' is ", bytes.size(), " bytes, more than the limit of ",
        limits.max_source_bytes, " bytes for one source file"));
  }
  if (bytes.find('\0') != std::string::npos) {
    // As compile() says it for bytes.
    PyErr_SetString(PyExc_ValueError,
                    "source code string cannot contain null bytes");
    return ProgramError();
  }
  std::unique_ptr<ParsedSource> parsed = NewParsedSource(path);
  if (parsed == nullptr) return ProgramError();
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  parsed->module =
      _PyParser_ASTFromString(bytes.c_str(), parsed->filename_object,
                              Py_file_input, &flags, parsed->arena);
  return FinishParse(std::move(parsed));
}

}  // namespace nuitka_cc
