#include "codegen/unsupported.h"

#include "absl/strings/str_cat.h"

namespace nuitka_cc {
namespace {

bool Supported(NodeKind kind) {
  switch (kind) {
    // Bodies and statements.
    case NodeKind::kCompiledPythonModule:
    case NodeKind::kExpressionFunctionBody:
    case NodeKind::kStatementsSequence:
    case NodeKind::kStatementsFrameModule:
    case NodeKind::kStatementsFrameFunction:
    case NodeKind::kStatementsFrameGenerator:
    case NodeKind::kStatementGeneratorReturn:
    case NodeKind::kStatementExpressionOnly:
    case NodeKind::kStatementAssignmentVariable:
    case NodeKind::kStatementAssignmentAttribute:
    case NodeKind::kStatementAssignmentSubscript:
    case NodeKind::kStatementDelVariable:
    case NodeKind::kStatementDelAttribute:
    case NodeKind::kStatementDelSubscript:
    case NodeKind::kStatementReleaseVariable:
    case NodeKind::kStatementReturn:
    case NodeKind::kStatementRaiseException:
    case NodeKind::kStatementReraiseException:
    case NodeKind::kStatementConditional:
    case NodeKind::kStatementLoop:
    case NodeKind::kStatementLoopBreak:
    case NodeKind::kStatementLoopContinue:
    case NodeKind::kStatementTry:
    case NodeKind::kStatementPublishException:
    case NodeKind::kStatementSpecialUnpackCheck:
    case NodeKind::kStatementsFrameClass:
    case NodeKind::kStatementSetLocalsDictionary:
    case NodeKind::kStatementImportStar:
    case NodeKind::kStatementListOperationAppend:
    case NodeKind::kStatementSetOperationAdd:
    case NodeKind::kStatementDictOperationSet:
    // Expressions.
    case NodeKind::kExpressionConstantRef:
    case NodeKind::kExpressionVariableRef:
    case NodeKind::kExpressionAttributeLookup:
    case NodeKind::kExpressionSubscriptLookup:
    case NodeKind::kExpressionBuiltinSlice:
    case NodeKind::kExpressionOperationBinary:
    case NodeKind::kExpressionOperationBinaryInplace:
    case NodeKind::kExpressionOperationUnary:
    case NodeKind::kExpressionOperationNot:
    case NodeKind::kExpressionComparison:
    case NodeKind::kExpressionComparisonExceptionMatch:
    case NodeKind::kExpressionConditional:
    case NodeKind::kExpressionConditionalAnd:
    case NodeKind::kExpressionConditionalOr:
    case NodeKind::kExpressionMakeTuple:
    case NodeKind::kExpressionMakeList:
    case NodeKind::kExpressionMakeSet:
    case NodeKind::kExpressionMakeDict:
    case NodeKind::kExpressionKeyValuePair:
    case NodeKind::kExpressionCall:
    case NodeKind::kExpressionFunctionCreation:
    case NodeKind::kExpressionMakeGeneratorObject:
    case NodeKind::kExpressionGeneratorObjectBody:
    case NodeKind::kExpressionYield:
    case NodeKind::kExpressionYieldFrom:
    case NodeKind::kExpressionBuiltinIter1:
    case NodeKind::kExpressionBuiltinIterForUnpack:
    case NodeKind::kExpressionBuiltinNext1:
    case NodeKind::kExpressionSpecialUnpack:
    case NodeKind::kExpressionBuiltinList:
    case NodeKind::kExpressionBuiltinLen:
    case NodeKind::kExpressionCaughtExceptionTypeRef:
    case NodeKind::kExpressionCaughtExceptionValueRef:
    case NodeKind::kExpressionCaughtExceptionTracebackRef:
    case NodeKind::kExpressionStringConcatenation:
    case NodeKind::kExpressionBuiltinFormat:
    case NodeKind::kExpressionBuiltinStr:
    case NodeKind::kExpressionBuiltinRepr:
    case NodeKind::kExpressionBuiltinAscii:
    case NodeKind::kExpressionOutlineBody:
    case NodeKind::kExpressionSideEffects:
    case NodeKind::kExpressionFunctionCall:
    case NodeKind::kExpressionFunctionRef:
    case NodeKind::kExpressionClassBody:
    case NodeKind::kExpressionBuiltinResolveBases:
    case NodeKind::kExpressionSelectMetaclass:
    case NodeKind::kExpressionClassPrepare:
    case NodeKind::kExpressionBuiltinType1:
    case NodeKind::kExpressionLocalsDictRef:
    case NodeKind::kExpressionLocalsVariableRefOrFallback:
    case NodeKind::kExpressionBuiltinImport:
    case NodeKind::kExpressionImportName:
    case NodeKind::kExpressionCallComplex:
    case NodeKind::kExpressionAttributeLookupSpecial:
    case NodeKind::kExpressionBuiltinIsinstance:
    case NodeKind::kExpressionMatchTypeCheckSequence:
    case NodeKind::kExpressionMatchTypeCheckMapping:
    case NodeKind::kExpressionMatchSequenceUnpack:
    case NodeKind::kExpressionMatchMappingValues:
    case NodeKind::kExpressionMatchMappingRest:
    case NodeKind::kExpressionMatchClassType:
    case NodeKind::kExpressionMatchClassArgs:
    case NodeKind::kExpressionMakeTupleUnpack:
    case NodeKind::kExpressionMakeListUnpack:
    case NodeKind::kExpressionMakeSetUnpack:
    case NodeKind::kExpressionMakeDictUnpack:
    case NodeKind::kExpressionStarredElement:
    case NodeKind::kExpressionDictUnpackElement:
      return true;
    default:
      return false;
  }
}

const Node* Find(const Node* node, bool is_root) {
  if (node == nullptr) return nullptr;
  if (!Supported(node->kind())) return node;
  // A nested body is decided on its own.
  if (!is_root && node->kind() == NodeKind::kExpressionFunctionBody) return nullptr;
  if (node->target() != nullptr) {
    if (const Node* found = Find(node->target(), false)) return found;
  }
  for (const auto& child : node->children()) {
    if (const Node* found = Find(child.node, false)) return found;
  }
  return nullptr;
}

}  // namespace

const Node* FindUnsupportedNode(const Node* body) { return Find(body, true); }

std::string FindUnsupported(const Node* body) {
  const Node* node = FindUnsupportedNode(body);
  if (node == nullptr) return "";
  return absl::StrCat("UNSUPPORTED_NODE ", node->kind_name(), " line ", node->source().line);
}

}  // namespace nuitka_cc
