// sys: constants of the interpreter the program is built against. Nothing
// else of sys is constant (paths, flags, limits can all change).
#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {

void DefineSysFriend(ModuleFriend& friend_) {
  friend_.AddConstants({"maxsize", "maxunicode", "byteorder", "hexversion", "api_version",
                        "platform", "float_repr_style"});
}

}  // namespace nuitka_cc
