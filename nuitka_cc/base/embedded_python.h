// The CPython 3.11 interpreter embedded in the compiler.
//
// The front end parses with CPython's own parser and symbol table, and later
// stages evaluate constants with real CPython objects. The interpreter is
// started once, isolated from the environment (no PYTHONPATH, no user site),
// and reads its standard library from Debian's /usr/lib/python3.11.
//
//   absl::Status status = EmbeddedPython::Start();
//   ...
//   std::string text = EmbeddedPython::FormatCurrentException();
#ifndef NUITKA_CC_BASE_EMBEDDED_PYTHON_H_
#define NUITKA_CC_BASE_EMBEDDED_PYTHON_H_

#include <string>

#include "absl/status/status.h"

namespace nuitka_cc {

class EmbeddedPython {
 public:
  // Starts the interpreter; a second call does nothing.
  static absl::Status Start();
  static bool Started();

  // Takes the pending Python exception and returns it as the interpreter
  // itself would print it for an uncaught error: for a SyntaxError the
  // file/line block, the source line, the carets and "SyntaxError: ...".
  // Clears the exception. Returns "" when none is pending.
  static std::string FormatCurrentException();

  // The pending exception's type name ("SyntaxError"), or "" without one.
  static std::string CurrentExceptionTypeName();
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_BASE_EMBEDDED_PYTHON_H_
