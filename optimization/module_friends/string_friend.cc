// string: its character-class constants and capwords.
#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {

void DefineStringFriend(ModuleFriend& friend_) {
  friend_.AddConstants({"ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
                        "hexdigits", "octdigits", "punctuation", "printable", "whitespace"});
  friend_.AddPureFunctions({"capwords"}, TypeShape::kStr);
}

}  // namespace nuitka_cc
