// Where a node came from: the file, and the line and column range in it.
//
// Lines are 1-based and columns 0-based UTF-8 byte offsets, as in CPython's
// AST. Reformulations that have no source of their own copy the reference of
// the construct they were made from.
//
//   SourceReference ref{&module.filename(), 3, 4, 3, 9};
//   ref.line;  // 3
#ifndef NUITKA_CC_BASE_SOURCE_REFERENCE_H_
#define NUITKA_CC_BASE_SOURCE_REFERENCE_H_

#include <cstdint>
#include <string>

namespace nuitka_cc {

struct SourceReference {
  const std::string* file = nullptr;
  int32_t line = 0;
  int32_t column = 0;
  int32_t end_line = 0;
  int32_t end_column = 0;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_BASE_SOURCE_REFERENCE_H_
