// What each module friend knows, one file per module (NAME_friend.cc); the
// registry calls these on a freshly loaded friend.
#ifndef NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_FRIEND_DEFINITIONS_H_
#define NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_FRIEND_DEFINITIONS_H_

#include "optimization/module_friends/module_friend.h"

namespace nuitka_cc {

void DefineBuiltinsFriend(ModuleFriend& friend_);
void DefineMathFriend(ModuleFriend& friend_);
void DefineSysFriend(ModuleFriend& friend_);
void DefineOsFriend(ModuleFriend& friend_);
void DefineOsPathFriend(ModuleFriend& friend_);
void DefineOperatorFriend(ModuleFriend& friend_);
void DefineStringFriend(ModuleFriend& friend_);
void DefineItertoolsFriend(ModuleFriend& friend_);
void DefineFunctoolsFriend(ModuleFriend& friend_);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_FRIEND_DEFINITIONS_H_
