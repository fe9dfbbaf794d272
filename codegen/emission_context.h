// The state of generating one C function (a module or function body): its
// output, temporaries, labels, exit targets and frame.
//
// Every expression yields a CValue: a C expression holding a reference,
// owned (to be released) or borrowed. Owned values are "live" until they
// are released or their reference is handed on; every error exit releases
// the live values before it jumps to the current error target, so that
// temporaries are released on every path.
//
// Exit targets (the manual's "Exit Targets"): error, break, continue and
// return each jump to the innermost construct that handles them: a try's
// handler, a loop's end or start, a handler's cleanup, the function's exit.
// Errors raised inside a frame enter their target through "<label>_tb",
// which first adds the frame's traceback entry, as the interpreter's error
// label does; re-raises enter it directly.
//
//   EmissionContext ctx(module, scope, code);
//   CValue value = GenerateExpression(ctx, node);
//   ctx.Line("x = " + value.expr + ";");
//   ctx.ErrorCheck("x == NULL");
#ifndef NUITKA_CC_CODEGEN_EMISSION_CONTEXT_H_
#define NUITKA_CC_CODEGEN_EMISSION_CONTEXT_H_

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "codegen/code_objects.h"
#include "codegen/module_emitter.h"
#include "nuitka_cc/nodes/node.h"
#include "nuitka_cc/nodes/variable.h"

namespace nuitka_cc {

// A value in C: an expression of type PyObject* holding a reference.
struct CValue {
  std::string expr;
  bool owned = false;
};

// A place control flow can exit to.
struct ExitTarget {
  std::string label;
  bool used = false;
  bool used_tb = false;  // entered through "<label>_tb" (error targets)
  // How many values were live where the target was made (statements inside
  // an expression, e.g. an outline's try, run with the expression's values
  // live): an error exit to it releases only the values live beyond those.
  size_t live_depth = 0;
};

// Where a return goes: the label, and the variable that holds the value.
struct ReturnTarget {
  ExitTarget* exit = nullptr;
  std::string value_var;
};

// The exception a handler caught (its three C variables).
struct CaughtException {
  std::string type_var;
  std::string value_var;
  std::string tb_var;
};

struct GeneratorState;  // generator_codes.cc

class EmissionContext {
 public:
  EmissionContext(ModuleEmitter& module, const Scope* scope,
                  const CodeObjectInfo* code);

  ModuleEmitter& module() { return module_; }
  // The scope and code object whose frame is current: the body's, or that
  // of a class body generated inline within it.
  const Scope* scope() const { return scope_; }
  const CodeObjectInfo* code() const { return code_; }
  // Class bodies run inline, in a frame of their own within the function.
  void PushScope(const Scope* scope, const CodeObjectInfo* code);
  void PopScope();
  // Whether variables owned by `scope` are C locals of this function.
  bool IsInlineScope(const Scope* scope) const;
  // The class namespace of the innermost inline class body, or "".
  const std::string& class_namespace() const { return class_namespace_; }
  void set_class_namespace(std::string ns) { class_namespace_ = std::move(ns); }

  // --- Output ------------------------------------------------------------
  void Line(absl::string_view text);
  // "label:;" ; the frame position is unknown after a label.
  void Label(const std::string& label);
  void Open(absl::string_view head);  // "head {"
  void Close();                       // "}"
  void Else();                        // "} else {"
  // The "/* line N: text */" comment, once per line change.
  void SourceComment(const Node* node);
  const std::string& body() const { return body_; }
  // The declarations of all temporaries, one per line.
  std::string Declarations(const std::string& indent) const;

  // --- Names -------------------------------------------------------------
  // A new temporary "PyObject *<hint>_<n> = NULL;".
  std::string NewTemp(absl::string_view hint);
  // A new local of another C type with an initial value.
  std::string NewLocal(absl::string_view type, absl::string_view hint,
                       absl::string_view init);
  // A local with exactly this name.
  void DeclareNamed(absl::string_view type, const std::string& name,
                    absl::string_view init);
  // An array "PyObject *<hint>_<n>[size];".
  std::string NewArray(absl::string_view hint, int size);
  std::string NewLabel(absl::string_view hint);
  std::unique_ptr<ExitTarget> NewTarget(absl::string_view hint);

  // --- Values ------------------------------------------------------------
  // Starts tracking an owned value as live.
  void Track(const CValue& value);
  // Emits the release of an owned value and stops tracking it.
  void Release(const CValue& value);
  // Stops tracking an owned value whose reference was handed on.
  void Forget(const CValue& value);
  // The value as an owned reference (increments a borrowed one).
  CValue Owned(const CValue& value);
  // The live values (for saving and restoring around branches).
  const std::vector<std::string>& live() const { return live_; }
  void set_live(std::vector<std::string> live) { live_ = std::move(live); }

  // --- Frame and errors ----------------------------------------------------
  bool has_frame() const { return has_frame_; }
  void set_has_frame(bool has_frame) { has_frame_ = has_frame; }
  // Points the frame at the instruction CPython made for `node`'s range.
  void SetPosition(const Node* node, std::initializer_list<const char*> preferred);
  // The same with CodeObjectInfo::PreferredInstructionFor.
  void SetPreferredPosition(const Node* node, std::initializer_list<const char*> preferred);
  void ForgetPosition() { position_ = -2; }
  // if (unlikely(<failed>)) { <release live>; goto <error target>; }
  // `new_error`: an exception raised here (it gets this frame's traceback
  // entry), not one re-raised.
  void ErrorCheck(absl::string_view failed, bool new_error = true);
  // The release of the live values (beyond the target's depth) and the
  // jump to the error target.
  std::string ErrorExit(bool new_error = true);
  // Going on from `inner` to `outer`, a target made earlier: the release of
  // the values live between their depths.
  std::string ReleaseBetween(const ExitTarget& outer, const ExitTarget& inner) const;
  // A jump to an exit target (marks it used).
  std::string Goto(ExitTarget* target, bool with_traceback = false);

  ExitTarget* error_target() const { return error_target_; }
  ExitTarget* break_target() const { return break_target_; }
  ExitTarget* continue_target() const { return continue_target_; }
  ReturnTarget* return_target() const { return return_target_; }
  void set_error_target(ExitTarget* t) { error_target_ = t; }
  void set_break_target(ExitTarget* t) { break_target_ = t; }
  void set_continue_target(ExitTarget* t) { continue_target_ = t; }
  void set_return_target(ReturnTarget* t) { return_target_ = t; }

  // Emits an exit target's entry labels: "<label>_tb:" (adding the frame's
  // traceback entry) and "<label>:", as far as they are used. False when
  // the target is not used at all.
  bool EmitTargetLabels(const ExitTarget& target);

  // The handler whose caught exception is current (innermost), or nullptr.
  const CaughtException* caught() const {
    return caught_.empty() ? nullptr : &caught_.back();
  }
  void PushCaught(CaughtException caught) { caught_.push_back(std::move(caught)); }
  void PopCaught() { caught_.pop_back(); }

  // Set while generating the iterator of an unpacking whose items are only
  // taken by index (see NuitkaCC_IterForUnpackDirect).
  bool direct_unpack() const { return direct_unpack_; }
  void set_direct_unpack(bool direct) { direct_unpack_ = direct; }

  // Values a construct holds in C variables while its nested statements run
  // (a handler's caught exception, an outline's pending result). Owned or
  // NULL; a generator saves them across its yields.
  void PushHeld(std::vector<std::string> values) { held_.push_back(std::move(values)); }
  void PopHeld() { held_.pop_back(); }
  std::vector<std::string> HeldValues() const;

  // The generator whose resume function is being generated, or nullptr.
  GeneratorState* generator() const { return generator_; }
  void set_generator(GeneratorState* generator) { generator_ = generator; }

  // --- Unsupported constructs ---------------------------------------------
  // Records that `node` cannot be compiled natively (the first one wins);
  // the body then runs from its bytecode.
  void Unsupported(const Node* node, absl::string_view reason);
  bool failed() const { return !unsupported_reason_.empty(); }
  const std::string& unsupported_reason() const { return unsupported_reason_; }
  const Node* unsupported_node() const { return unsupported_node_; }

 private:
  void SetPositionIndex(int index);

  ModuleEmitter& module_;
  const Scope* scope_;
  const CodeObjectInfo* code_;
  std::vector<std::pair<const Scope*, const CodeObjectInfo*>> outer_scopes_;
  std::string class_namespace_;
  std::string body_;
  int indent_ = 1;
  std::vector<std::string> declarations_;
  absl::flat_hash_map<std::string, int> name_counts_;
  std::vector<std::string> live_;
  bool has_frame_ = false;
  int position_ = -2;
  int comment_line_ = 0;
  ExitTarget* error_target_ = nullptr;
  ExitTarget* break_target_ = nullptr;
  ExitTarget* continue_target_ = nullptr;
  ReturnTarget* return_target_ = nullptr;
  std::vector<CaughtException> caught_;
  bool direct_unpack_ = false;
  std::vector<std::vector<std::string>> held_;
  GeneratorState* generator_ = nullptr;
  std::string unsupported_reason_;
  const Node* unsupported_node_ = nullptr;
};

// Restores the exit targets and caught exceptions of a context when leaving
// a construct.
class TargetsGuard {
 public:
  explicit TargetsGuard(EmissionContext& ctx)
      : ctx_(ctx),
        error_(ctx.error_target()),
        break_(ctx.break_target()),
        continue_(ctx.continue_target()),
        return_(ctx.return_target()) {}
  ~TargetsGuard() {
    ctx_.set_error_target(error_);
    ctx_.set_break_target(break_);
    ctx_.set_continue_target(continue_);
    ctx_.set_return_target(return_);
  }

 private:
  EmissionContext& ctx_;
  ExitTarget* error_;
  ExitTarget* break_;
  ExitTarget* continue_;
  ReturnTarget* return_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_EMISSION_CONTEXT_H_
