#include "codegen/emission_context.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace nuitka_cc {
namespace {

// Source text safe inside a C comment, shortened.
std::string CommentText(const std::string& text) {
  std::string clean;
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return clean;
  for (size_t i = start; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    clean.push_back(c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '?');
  }
  if (clean.size() > 70) clean = clean.substr(0, 67) + "...";
  size_t at;
  while ((at = clean.find("*/")) != std::string::npos) clean.replace(at, 2, "*_");
  while ((at = clean.find("/*")) != std::string::npos) clean.replace(at, 2, "_*");
  // No trigraphs (a "??/" would continue the comment line).
  while ((at = clean.find("??")) != std::string::npos) clean.replace(at, 2, "?_");
  // A trailing backslash would continue the comment line.
  while (!clean.empty() && (clean.back() == '\\' || clean.back() == ' ')) {
    clean.pop_back();
  }
  return clean;
}

}  // namespace

EmissionContext::EmissionContext(ModuleEmitter& module, const Scope* scope,
                                 const CodeObjectInfo* code)
    : module_(module), scope_(scope), code_(code) {}

void EmissionContext::PushScope(const Scope* scope, const CodeObjectInfo* code) {
  outer_scopes_.emplace_back(scope_, code_);
  scope_ = scope;
  code_ = code;
  position_ = -2;
}

void EmissionContext::PopScope() {
  scope_ = outer_scopes_.back().first;
  code_ = outer_scopes_.back().second;
  outer_scopes_.pop_back();
  position_ = -2;
}

bool EmissionContext::IsInlineScope(const Scope* scope) const {
  if (scope == scope_) return true;
  for (const auto& outer : outer_scopes_) {
    if (outer.first == scope) return true;
  }
  return false;
}

void EmissionContext::Line(absl::string_view text) {
  body_.append(static_cast<size_t>(indent_) * 2, ' ');
  body_.append(text.data(), text.size());
  body_.push_back('\n');
}

void EmissionContext::Label(const std::string& label) {
  body_.append(static_cast<size_t>(indent_ > 0 ? indent_ - 1 : 0) * 2, ' ');
  absl::StrAppend(&body_, label, ":;\n");
  position_ = -2;
}

void EmissionContext::Open(absl::string_view head) {
  Line(absl::StrCat(head, " {"));
  ++indent_;
}

void EmissionContext::Close() {
  --indent_;
  Line("}");
}

void EmissionContext::Else() {
  --indent_;
  Line("} else {");
  ++indent_;
}

void EmissionContext::SourceComment(const Node* node) {
  int line = node->source().line;
  if (line <= 0 || line == comment_line_) return;
  comment_line_ = line;
  std::string text = CommentText(module_.SourceLine(line));
  Line(absl::StrCat("/* line ", line, ": ", text, " */"));
}

std::string EmissionContext::Declarations(const std::string& indent) const {
  std::string out;
  for (const std::string& declaration : declarations_) {
    absl::StrAppend(&out, indent, declaration, "\n");
  }
  return out;
}

std::vector<std::string> EmissionContext::HeldValues() const {
  std::vector<std::string> values;
  for (const std::vector<std::string>& group : held_) {
    values.insert(values.end(), group.begin(), group.end());
  }
  return values;
}

std::string EmissionContext::NewTemp(absl::string_view hint) {
  return NewLocal("PyObject *", hint, "NULL");
}

std::string EmissionContext::NewLocal(absl::string_view type, absl::string_view hint,
                                      absl::string_view init) {
  std::string base(hint);
  int n = ++name_counts_[base];
  std::string name = absl::StrCat(base, "_", n);
  std::string separator = !type.empty() && type.back() == '*' ? "" : " ";
  declarations_.push_back(absl::StrCat(type, separator, name, " = ", init, ";"));
  return name;
}

void EmissionContext::DeclareNamed(absl::string_view type, const std::string& name,
                                   absl::string_view init) {
  std::string separator = !type.empty() && type.back() == '*' ? "" : " ";
  declarations_.push_back(absl::StrCat(type, separator, name, " = ", init, ";"));
}

std::string EmissionContext::NewArray(absl::string_view hint, int size) {
  std::string base(hint);
  int n = ++name_counts_[base];
  std::string name = absl::StrCat(base, "_", n);
  declarations_.push_back(absl::StrCat("PyObject *", name, "[", size, "];"));
  return name;
}

std::string EmissionContext::NewLabel(absl::string_view hint) {
  std::string base(hint);
  int n = ++name_counts_[base];
  return absl::StrCat(base, "_", n);
}

std::unique_ptr<ExitTarget> EmissionContext::NewTarget(absl::string_view hint) {
  auto target = std::make_unique<ExitTarget>();
  target->label = NewLabel(hint);
  target->live_depth = live_.size();
  return target;
}

void EmissionContext::Track(const CValue& value) {
  if (value.owned) live_.push_back(value.expr);
}

void EmissionContext::Release(const CValue& value) {
  if (!value.owned) return;
  Line(absl::StrCat("Py_DECREF(", value.expr, ");"));
  Forget(value);
}

void EmissionContext::Forget(const CValue& value) {
  if (!value.owned) return;
  auto found = std::find(live_.rbegin(), live_.rend(), value.expr);
  if (found != live_.rend()) live_.erase(std::next(found).base());
}

CValue EmissionContext::Owned(const CValue& value) {
  if (value.owned) return value;
  std::string name = NewTemp("tmp_ref");
  Line(absl::StrCat(name, " = Py_NewRef(", value.expr, ");"));
  CValue owned{name, true};
  Track(owned);
  return owned;
}

void EmissionContext::SetPosition(const Node* node,
                                  std::initializer_list<const char*> preferred) {
  if (!has_frame_ || code_ == nullptr) return;
  SetPositionIndex(code_->InstructionFor(node->source(), preferred));
}

void EmissionContext::SetPreferredPosition(const Node* node,
                                           std::initializer_list<const char*> preferred) {
  if (!has_frame_ || code_ == nullptr) return;
  SetPositionIndex(code_->PreferredInstructionFor(node->source(), preferred));
}

void EmissionContext::SetPositionIndex(int index) {
  if (index < 0 || index == position_) return;
  position_ = index;
  Line(absl::StrCat("NUITKA_CC_FRAME_AT(frame, ", index, ");"));
}

std::string EmissionContext::Goto(ExitTarget* target, bool with_traceback) {
  if (with_traceback) {
    target->used_tb = true;
    return absl::StrCat("goto ", target->label, "_tb;");
  }
  target->used = true;
  return absl::StrCat("goto ", target->label, ";");
}

std::string EmissionContext::ErrorExit(bool new_error) {
  std::string out;
  size_t depth = error_target_ != nullptr ? error_target_->live_depth : 0;
  for (size_t i = live_.size(); i > depth; --i) {
    absl::StrAppend(&out, "Py_DECREF(", live_[i - 1], "); ");
  }
  absl::StrAppend(&out, Goto(error_target_, new_error && has_frame_));
  return out;
}

std::string EmissionContext::ReleaseBetween(const ExitTarget& outer,
                                             const ExitTarget& inner) const {
  std::string out;
  size_t end = std::min(inner.live_depth, live_.size());
  for (size_t i = end; i > outer.live_depth; --i) {
    absl::StrAppend(&out, "Py_DECREF(", live_[i - 1], "); ");
  }
  return out;
}

void EmissionContext::ErrorCheck(absl::string_view failed, bool new_error) {
  Line(absl::StrCat("if (unlikely(", failed, ")) { ", ErrorExit(new_error), " }"));
}

bool EmissionContext::EmitTargetLabels(const ExitTarget& target) {
  if (!target.used && !target.used_tb) return false;
  if (target.used_tb) {
    Label(target.label + "_tb");
    Line("NuitkaCC_Frame_AddTraceback(frame);");
  }
  if (target.used) Label(target.label);
  position_ = -2;
  return true;
}

void EmissionContext::Unsupported(const Node* node, absl::string_view reason) {
  if (!unsupported_reason_.empty()) return;
  unsupported_reason_ = std::string(reason);
  unsupported_node_ = node;
}

}  // namespace nuitka_cc
