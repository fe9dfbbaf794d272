#include "optimization/module_friends/registry.h"

#include <map>
#include <memory>
#include <string>

#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {
namespace {

using Definition = void (*)(ModuleFriend&);

const std::map<std::string, Definition, std::less<>>& Definitions() {
  static const auto* definitions = new std::map<std::string, Definition, std::less<>>{
      {"builtins", DefineBuiltinsFriend},   {"functools", DefineFunctoolsFriend},
      {"itertools", DefineItertoolsFriend}, {"math", DefineMathFriend},
      {"operator", DefineOperatorFriend},   {"os", DefineOsFriend},
      {"os.path", DefineOsPathFriend},      {"posixpath", DefineOsPathFriend},
      {"string", DefineStringFriend},       {"sys", DefineSysFriend},
  };
  return *definitions;
}

}  // namespace

bool HasModuleFriend(absl::string_view module) {
  return Definitions().find(module) != Definitions().end();
}

const ModuleFriend* FindModuleFriend(absl::string_view module) {
  // Made on first use and kept for the compiler's run (nullptr entries
  // remember modules that could not be loaded).
  static auto* loaded = new std::map<std::string, std::unique_ptr<ModuleFriend>, std::less<>>;
  auto found = loaded->find(module);
  if (found != loaded->end()) return found->second.get();
  auto definition = Definitions().find(module);
  if (definition == Definitions().end()) return nullptr;
  auto made = std::make_unique<ModuleFriend>(std::string(module));
  if (!made->Load()) made.reset();
  if (made != nullptr) definition->second(*made);
  return loaded->emplace(std::string(module), std::move(made)).first->second.get();
}

ResolvedFriend ResolveFriendPath(absl::string_view path) {
  ResolvedFriend resolved;
  if (path.empty()) return resolved;
  if (HasModuleFriend(path)) {
    resolved.module = FindModuleFriend(path);
    return resolved;
  }
  size_t dot = path.rfind('.');
  if (dot == absl::string_view::npos) return resolved;
  ResolvedFriend owner = ResolveFriendPath(path.substr(0, dot));
  if (owner.module == nullptr) return resolved;
  resolved.owner = owner.module;
  resolved.name = std::string(path.substr(dot + 1));
  resolved.attribute = owner.module->Attribute(resolved.name);
  if (resolved.attribute.kind == FriendAttributeKind::kSubmodule) {
    resolved.module = FindModuleFriend(resolved.attribute.path);
  }
  return resolved;
}

}  // namespace nuitka_cc
