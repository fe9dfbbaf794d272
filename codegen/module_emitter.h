// What the C file of one module collects while its bodies are generated:
// constants, code objects, the C functions of compiled bodies, and the
// report of which body was compiled how.
//
//   ModuleEmitter module(tree, codes, options);
//   std::string c = module.Constant(value);  // "mod_consts[3]"
//   module.AddFunction(name, declaration, definition);
#ifndef NUITKA_CC_CODEGEN_MODULE_EMITTER_H_
#define NUITKA_CC_CODEGEN_MODULE_EMITTER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "codegen/code_generation.h"
#include "codegen/code_objects.h"
#include "codegen/constants_blob.h"
#include "nuitka_cc/nodes/module_tree.h"

struct _object;

namespace nuitka_cc {

// Which bodies run natively and which from their bytecode.
//
// A body whose tree holds a construct the code generator does not handle
// yet runs from its real code object instead (a function created from it
// without a compiled entry, or the module code run with PyEval_EvalCode),
// and the report says why, with a reason code:
//
//   UNSUPPORTED_NODE <kind> line N    a node kind not generated yet
//   UNSUPPORTED_SHAPE <what> line N   a known kind in a form not handled
//   UNSUPPORTED_VARIABLE <what>       a variable without a C storage yet
//   UNSUPPORTED_CONSTANT              a constant that cannot be serialized
//   PARENT_BYTECODE                   created by a body that runs bytecode
//   CODE_OBJECT_MISMATCH              the tree's scopes and CPython's code
//                                     objects do not pair up
//   NO_CODE_OBJECT <what>             no code object for a scope
//   NO_YIELD_INSTRUCTION line N       no YIELD_VALUE for a yield
//
// A construct is unsupported when generating it calls
// EmissionContext::Unsupported (the dispatch's default for a node kind
// without generated code is UNSUPPORTED_NODE); the body's attempt is rolled
// back and the decision recorded (ModuleEmitter::Decide).
struct BodyDecision {
  bool native = false;
  std::string reason;      // reason code and construct, when not native
  std::string c_function;  // the compiled entry, when native
  const Node* node = nullptr;  // the construct that was not handled
};

class ModuleEmitter {
 public:
  ModuleEmitter(const ModuleTree& tree, const CodeObjects& codes,
                const GenerationOptions& options)
      : tree_(tree), codes_(codes), options_(options) {}

  const ModuleTree& tree() const { return tree_; }
  const CodeObjects& codes() const { return codes_; }
  const GenerationOptions& options() const { return options_; }
  ConstantsBlob& constants() { return constants_; }

  // C expressions for constants ("" when the value cannot be a constant).
  std::string Constant(_object* value);
  std::string StringConstant(const std::string& text);
  std::string StringTupleConstant(const std::vector<std::string>& texts);
  // A new read-site cache for a module variable: "&mod_global_caches[n]".
  std::string NewGlobalCache() {
    return absl::StrCat("&mod_global_caches[", global_caches_++, "]");
  }
  int global_cache_count() const { return global_caches_; }
  // A new cache for an attribute read, write or method lookup site.
  std::string NewAttributeCache() {
    return absl::StrCat("&mod_attribute_caches[", attribute_caches_++, "]");
  }
  int attribute_cache_count() const { return attribute_caches_; }
  // "mod_codes[n]" (a PyCodeObject *).
  std::string CodeObject(const CodeObjectInfo& code) const;

  // A C identifier derived from `qualname`, unique in the module.
  std::string UniqueName(absl::string_view prefix, const std::string& qualname);

  // Compiled bodies' C functions, in the order they are added.
  void AddFunction(const std::string& declaration, const std::string& definition);
  const std::vector<std::string>& declarations() const { return declarations_; }
  const std::vector<std::string>& definitions() const { return definitions_; }
  // C statements run once the constants are loaded, each a call returning
  // int, negative on failure (e.g. registering a generator's resume).
  void AddCodeSetup(const std::string& call) { code_setups_.push_back(call); }
  const std::vector<std::string>& code_setups() const { return code_setups_; }

  // Decisions by scope, memoized: bodies shared by cloned trees are
  // decided once.
  void Decide(const Scope* scope, BodyDecision decision);
  const BodyDecision* DecisionFor(const Scope* scope) const;

  // Undoing what a body's failed attempt added (its nested functions).
  struct Checkpoint {
    size_t functions;
    size_t code_setups;
    size_t decisions;
    int global_caches;
    int attribute_caches;
  };
  Checkpoint Mark() const {
    return {definitions_.size(), code_setups_.size(), decision_order_.size(), global_caches_,
            attribute_caches_};
  }
  void Rollback(const Checkpoint& mark);

  // The source text of a line (1-based), "" when out of range.
  const std::string& SourceLine(int line) const;

 private:
  const ModuleTree& tree_;
  const CodeObjects& codes_;
  const GenerationOptions& options_;
  ConstantsBlob constants_;
  int global_caches_ = 0;
  int attribute_caches_ = 0;
  absl::flat_hash_set<std::string> names_;
  std::vector<std::string> declarations_;
  std::vector<std::string> definitions_;
  std::vector<std::string> code_setups_;
  absl::flat_hash_map<const Scope*, BodyDecision> decisions_;
  std::vector<const Scope*> decision_order_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_MODULE_EMITTER_H_
