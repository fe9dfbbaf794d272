// The constants a module's C code uses, serialized once into a marshal blob
// that the runtime loads when the module is loaded (the manual's "Constant
// Preparation"):
//
//   marshal.dumps((constants, code_objects, ((index, builtin_name), ...)))
//
// Constants marshal cannot hold (builtin types such as StopIteration, or
// NotImplemented) are None in the first tuple and named by the third; the
// runtime takes them from the builtins module. Equal constants (same type,
// same marshal bytes) share one entry.
//
//   ConstantsBlob blob;
//   int index = blob.Add(value);          // mod_consts[index] in the C code
//   std::string bytes = *blob.Serialize(codes);
#ifndef NUITKA_CC_CODEGEN_CONSTANTS_BLOB_H_
#define NUITKA_CC_CODEGEN_CONSTANTS_BLOB_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "codegen/code_objects.h"

struct _object;

namespace nuitka_cc {

class ConstantsBlob {
 public:
  ConstantsBlob() = default;
  ~ConstantsBlob();
  ConstantsBlob(const ConstantsBlob&) = delete;
  ConstantsBlob& operator=(const ConstantsBlob&) = delete;

  // The index of `value` (borrowed), added if new; -1 when it can be
  // neither marshalled nor found among the builtins.
  int Add(_object* value);
  // A str constant (interned, as CPython interns identifiers).
  int AddString(const std::string& text);
  // A tuple of interned str constants (keyword names of a call).
  int AddStringTuple(const std::vector<std::string>& texts);

  int count() const { return static_cast<int>(values_.size()); }
  // A short repr for comments in the generated C (no "*/", ASCII only).
  const std::string& Describe(int index) const { return descriptions_[index]; }

  // The blob, with the code objects in the order of `codes.all()`.
  absl::StatusOr<std::string> Serialize(const CodeObjects& codes) const;

  // `bytes` as C string literal lines (octal escapes for everything that is
  // not plain printable ASCII), `indent` before each line.
  static std::string CStringLiteral(const std::string& bytes,
                                    const std::string& indent);

 private:
  std::vector<_object*> values_;           // owned; nullptr for builtins
  std::vector<std::string> builtin_names_;  // "" unless a builtin
  std::vector<std::string> descriptions_;
  absl::flat_hash_map<std::string, int> by_key_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_CONSTANTS_BLOB_H_
