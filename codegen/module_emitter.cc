#include "codegen/module_emitter.h"

#include "absl/strings/str_cat.h"

namespace nuitka_cc {

std::string ModuleEmitter::Constant(_object* value) {
  int index = constants_.Add(value);
  if (index < 0) return "";
  return absl::StrCat("mod_consts[", index, "] /* ", constants_.Describe(index),
                      " */");
}

std::string ModuleEmitter::StringConstant(const std::string& text) {
  int index = constants_.AddString(text);
  if (index < 0) return "";
  return absl::StrCat("mod_consts[", index, "] /* ", constants_.Describe(index),
                      " */");
}

std::string ModuleEmitter::StringTupleConstant(const std::vector<std::string>& texts) {
  int index = constants_.AddStringTuple(texts);
  if (index < 0) return "";
  return absl::StrCat("mod_consts[", index, "] /* ", constants_.Describe(index),
                      " */");
}

std::string ModuleEmitter::CodeObject(const CodeObjectInfo& code) const {
  return absl::StrCat("mod_codes[", code.number, "]");
}

std::string ModuleEmitter::UniqueName(absl::string_view prefix,
                                      const std::string& qualname) {
  std::string base(prefix);
  base += "_";
  bool underscore = false;
  for (char c : qualname) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9') || c == '_';
    if (plain) {
      base.push_back(c);
      underscore = c == '_';
    } else if (!underscore) {
      base.push_back('_');
      underscore = true;
    }
  }
  std::string name = base;
  for (int n = 2; names_.contains(name); ++n) name = absl::StrCat(base, "_", n);
  names_.insert(name);
  return name;
}

void ModuleEmitter::AddFunction(const std::string& declaration,
                                const std::string& definition) {
  declarations_.push_back(declaration);
  definitions_.push_back(definition);
}

void ModuleEmitter::Decide(const Scope* scope, BodyDecision decision) {
  if (!decisions_.contains(scope)) decision_order_.push_back(scope);
  decisions_[scope] = std::move(decision);
}

const BodyDecision* ModuleEmitter::DecisionFor(const Scope* scope) const {
  auto found = decisions_.find(scope);
  return found != decisions_.end() ? &found->second : nullptr;
}

void ModuleEmitter::Rollback(const Checkpoint& mark) {
  declarations_.resize(mark.functions);
  definitions_.resize(mark.functions);
  code_setups_.resize(mark.code_setups);
  global_caches_ = mark.global_caches;
  attribute_caches_ = mark.attribute_caches;
  while (decision_order_.size() > mark.decisions) {
    decisions_.erase(decision_order_.back());
    decision_order_.pop_back();
  }
}

const std::string& ModuleEmitter::SourceLine(int line) const {
  static const std::string kEmpty;
  const auto& lines = codes_.source_lines();
  if (line < 1 || line > static_cast<int>(lines.size())) return kEmpty;
  return lines[line - 1];
}

}  // namespace nuitka_cc
