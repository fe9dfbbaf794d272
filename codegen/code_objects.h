// The real code objects of a module: CPython's compile() of the same source,
// the module's and every nested one, with what the code generator needs from
// them: the localsplus layout of each, and the table from source ranges to
// bytecode instructions (co_positions) that compiled frames use so that
// tracebacks show CPython's lines and carets.
//
//   absl::StatusOr<CodeObjects> codes = CodeObjects::Compile(source_path);
//   const CodeObjectInfo* f = codes->Match(scope);   // by qualname and line
//   int index = f->InstructionFor(node->source(), {"PRECALL", "CALL"});
#ifndef NUITKA_CC_CODEGEN_CODE_OBJECTS_H_
#define NUITKA_CC_CODEGEN_CODE_OBJECTS_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "nuitka_cc/base/source_reference.h"
#include "nuitka_cc/nodes/module_tree.h"

struct _object;

namespace nuitka_cc {

// One bytecode instruction (not a cache entry, not EXTENDED_ARG) and the
// source range CPython recorded for it.
struct InstructionPosition {
  int index = 0;  // in code units (offset / 2)
  std::string opname;
  int line = 0;
  int end_line = 0;
  int column = -1;
  int end_column = -1;
};

// The localsplus kinds of CPython 3.11 (pycore_code.h).
inline constexpr uint8_t kLocalKindLocal = 0x20;
inline constexpr uint8_t kLocalKindCell = 0x40;
inline constexpr uint8_t kLocalKindFree = 0x80;

struct CodeObjectInfo {
  _object* code = nullptr;  // owned by CodeObjects
  int number = 0;           // position in CodeObjects::all(), module first
  std::string qualname;
  int first_line = 0;
  int flags = 0;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int nfreevars = 0;
  std::vector<std::string> localsplus_names;
  std::vector<uint8_t> localsplus_kinds;
  std::vector<InstructionPosition> instructions;
  // The first instruction of each line.
  absl::flat_hash_map<int, int> first_of_line;

  // Index of `name` in localsplus, or -1.
  int LocalIndex(const std::string& name) const;
  // The instruction for an operation on `ref`: one whose range is exactly
  // `ref`'s (preferring the opcodes given), else the smallest one of the
  // preferred opcodes whose range contains it, else the first instruction
  // of its line. -1 when the line has no instruction.
  int InstructionFor(const SourceReference& ref,
                     std::initializer_list<const char*> preferred) const;
  // As InstructionFor, but an instruction of the preferred opcodes whose
  // range contains `ref` wins over one of another opcode with exactly its
  // range (FOR_ITER spans the whole loop; its target has a STORE of its own),
  // else one of them within `ref` (a statement's STORE_SUBSCR has the
  // target's range).
  int PreferredInstructionFor(const SourceReference& ref,
                              std::initializer_list<const char*> preferred) const;
};

// A warning CPython's compiler issued for the source (SyntaxWarning, or
// the tokenizer's DeprecationWarning), by category name.
struct CompileWarning {
  std::string category;
  std::string message;
  int line = 0;
};

class CodeObjects {
 public:
  // Compiles the file as `compile(source_bytes, path, 'exec',
  // dont_inherit=True)` does. Needs the embedded interpreter.
  static absl::StatusOr<std::unique_ptr<CodeObjects>> Compile(
      const std::string& source_path);
  ~CodeObjects();
  CodeObjects(const CodeObjects&) = delete;
  CodeObjects& operator=(const CodeObjects&) = delete;

  // Module first, then every nested code object depth first in co_consts
  // order.
  const std::vector<std::unique_ptr<CodeObjectInfo>>& all() const { return all_; }
  const CodeObjectInfo& module() const { return *all_.front(); }

  // Pairs every scope of `tree` with the code object CPython made for it:
  // same qualname, the k-th scope of a qualname with its k-th code object
  // (both are in source order). False when they do not pair up.
  bool MatchScopes(const ModuleTree& tree);
  // The code object of a scope; nullptr when it has none.
  const CodeObjectInfo* ForScope(const Scope* scope) const;

  // What compile() warned about, in order.
  const std::vector<CompileWarning>& compile_warnings() const { return compile_warnings_; }

  // The source text, split in lines (for comments in the generated C).
  const std::vector<std::string>& source_lines() const { return source_lines_; }

 private:
  CodeObjects() = default;
  std::vector<std::unique_ptr<CodeObjectInfo>> all_;
  absl::flat_hash_map<const Scope*, const CodeObjectInfo*> by_scope_;
  std::vector<std::string> source_lines_;
  std::vector<CompileWarning> compile_warnings_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_CODE_OBJECTS_H_
