// The code generator's families, one file each, as Nuitka's
// code_generation package splits them: expressions (expression_codes.cc),
// calls (call_codes.cc), variables (variable_codes.cc), statements
// (statement_codes.cc), try statements and exceptions (try_codes.cc),
// functions (function_codes.cc), the module file and main (module_codes.cc).
#ifndef NUITKA_CC_CODEGEN_CODEGEN_INTERNAL_H_
#define NUITKA_CC_CODEGEN_CODEGEN_INTERNAL_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "codegen/emission_context.h"
#include "codegen/module_emitter.h"
#include "nuitka_cc/nodes/node.h"

namespace nuitka_cc {

// --- Expressions (expression_codes.cc) --------------------------------------

// The value of an expression. Owned values are tracked as live.
CValue GenerateExpression(EmissionContext& ctx, const Node* node);

// Evaluates `nodes` left to right (nullptr entries give "NULL" borrowed). A
// borrowed value stays valid while later operands evaluate unless one of
// them can rebind variables; those are taken as owned.
std::vector<CValue> GenerateOperands(EmissionContext& ctx,
                                     const std::vector<const Node*>& nodes);

// The truth of a condition as a C expression of type int (0 or 1), errors
// handled; comparisons and `not` are tested without making bool objects.
std::string GenerateConditionTruth(EmissionContext& ctx, const Node* node);

// Whether evaluating `node` can rebind a variable (it holds statements).
bool CanRebindVariables(const Node* node);

// --- Calls (call_codes.cc) --------------------------------------------------

CValue GenerateCall(EmissionContext& ctx, const Node* node);
CValue GenerateBuiltinCallPredicted(EmissionContext& ctx, const Node* node);

// --- Starred arguments and displays (unpack_codes.cc) -----------------------

CValue GenerateCallComplex(EmissionContext& ctx, const Node* node);
CValue GenerateUnpackDisplay(EmissionContext& ctx, const Node* node);

// --- Variables (variable_codes.cc) ------------------------------------------

CValue GenerateVariableRead(EmissionContext& ctx, const Node* node);
// Binds the variable of `node` to `value` (consumed).
void GenerateVariableAssign(EmissionContext& ctx, const Node* node,
                            const CValue& value);
void GenerateVariableDel(EmissionContext& ctx, const Node* node);
void GenerateVariableRelease(EmissionContext& ctx, const Node* node);
// The C storage of a closure cell named `name` in the current body (for
// the closure of a function created here), or "" when there is none.
std::string CellForClosure(EmissionContext& ctx, const std::string& name);
// The cells of the current body for every free variable of `code`, in its
// order. False, with the body marked unsupported (reason names `what`),
// when one has no cell here.
bool ClosureCellsFor(EmissionContext& ctx, const Node* node,
                     const CodeObjectInfo& code, const std::string& what,
                     std::vector<std::string>* cells);
// A new closure tuple of `cells`, or "NULL" when there are none.
std::string GenerateClosureTuple(EmissionContext& ctx,
                                 const std::vector<std::string>& cells);
// The C local holding a temporary variable of a body.
std::string TempVariableName(const Variable* variable);
// Declares the body's temporary variables (C locals, NULL when unbound).
void DeclareTempVariables(EmissionContext& ctx);
// The release of the body's temporary variables at its exits.
std::string TempVariableReleases(EmissionContext& ctx, const std::string& indent);

// --- Statements (statement_codes.cc) ----------------------------------------

void GenerateStatement(EmissionContext& ctx, const Node* node);
// A statement sequence (or any single statement); nullptr is empty.
void GenerateStatementSequence(EmissionContext& ctx, const Node* node);

// --- Try statements and exceptions (try_codes.cc) ---------------------------

void GenerateTryStatement(EmissionContext& ctx, const Node* node);
void GenerateReraise(EmissionContext& ctx, const Node* node);
CValue GenerateCaughtExceptionRef(EmissionContext& ctx, const Node* node);
// The match of an except clause as a C int, errors handled.
std::string GenerateExceptionMatchTruth(EmissionContext& ctx, const Node* node);

// --- Classes and direct calls (class_codes.cc) ------------------------------

CValue GenerateFunctionCall(EmissionContext& ctx, const Node* node);
// Resolve bases, select metaclass, prepare, type(), the class namespace and
// reads from it.
CValue GenerateClassOperation(EmissionContext& ctx, const Node* node);
void GenerateSetLocalsDictionary(EmissionContext& ctx, const Node* node);

// --- Imports and comprehension results (import_codes.cc) --------------------

CValue GenerateImport(EmissionContext& ctx, const Node* node);
CValue GenerateImportName(EmissionContext& ctx, const Node* node);
void GenerateImportStar(EmissionContext& ctx, const Node* node);
void GenerateContainerAdd(EmissionContext& ctx, const Node* node);

// --- Functions (function_codes.cc) ------------------------------------------

CValue GenerateFunctionCreation(EmissionContext& ctx, const Node* node);
// The start of a compiled function's vectorcall `name`: the check that
// __code__ is still `code`, `declarations`, a frame for the code object
// (`frame`, not linked) with the arguments bound into it.
std::string CompiledEntryHead(ModuleEmitter& module, const std::string& name,
                              const CodeObjectInfo& code, const std::string& comment,
                              const std::string& declarations);
// The end of a compiled body: falling off returns None; the return and
// error exits release the temporary variables and run `leave`.
std::string CompiledBodyExits(EmissionContext& ctx, const ExitTarget& error_exit,
                              const ExitTarget& return_exit, const std::string& leave);
// Generates the C function of a function body if it can run natively;
// records the decision. Returns the C entry name or "" for bytecode.
std::string GenerateFunctionBody(ModuleEmitter& module, const Node* body);

// --- Generators (generator_codes.cc) ----------------------------------------

// What a yield of a generator body does with the body's temporary
// variables (yield_saves.cc): saves those it may need after it, and
// releases those whose last use it follows (unbound in practice).
struct YieldSavePoint {
  std::vector<const Variable*> saved;
  std::vector<const Variable*> released;
};
using YieldSaves = absl::flat_hash_map<const Node*, YieldSavePoint>;

// The yields under `body` (ExpressionYield, ExpressionYieldFrom) and what
// each does with `temps`.
YieldSaves AnalyzeYieldSaves(const Node* body, const std::vector<const Variable*>& temps);

// The state of a generator's resume function: its yield points.
struct GeneratorState {
  struct Point {
    int number = 0;
    std::vector<std::string> saved;  // C variables kept in the frame's stack
    std::string resume_label;
    std::string delegate_var;  // `yield from`: the delegate's C variable
    std::string done_label;    // `yield from`: finished by CPython's throw()
  };
  int nlocalsplus = 0;
  // The temporary variables each yield saves or releases.
  YieldSaves temps;
  std::vector<Point> points;
  int max_saved = 0;
};

// The vectorcall creating the generator of a generator function body and
// the resume function of its generator; "" (decision recorded) when it
// runs from bytecode.
std::string GenerateGeneratorFunction(ModuleEmitter& module, const Node* function_body,
                                      const CodeObjectInfo& code);
CValue GenerateYield(EmissionContext& ctx, const Node* node);
CValue GenerateYieldFrom(EmissionContext& ctx, const Node* node);

// --- Module (module_codes.cc) -----------------------------------------------

// The definition of the C function "module_body" running the module body
// natively, or "" when the body runs from its bytecode (the decision is
// recorded either way).
std::string GenerateModuleBody(ModuleEmitter& module, const Node* root);
// The text of module.<name>.c.
std::string GenerateModuleFile(ModuleEmitter& module, const std::string& body_definition,
                               const std::string& source_path,
                               const std::string& sys_path0, const std::string& blob);
std::string GenerateMainFile(const std::string& module_name);

// --- Shared helpers ---------------------------------------------------------

// The source range of a node as "line N" for messages.
std::string NodeLine(const Node* node);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_CODEGEN_INTERNAL_H_
