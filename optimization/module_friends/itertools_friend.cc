// itertools: making an iterator over constants does nothing else (the
// iterator is lazy); whether the call succeeds is checked by making it at
// compile time.
#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {

void DefineItertoolsFriend(ModuleFriend& friend_) {
  friend_.AddNoSideEffectFunctions({"count", "repeat", "cycle", "chain", "islice", "product",
                                    "permutations", "combinations",
                                    "combinations_with_replacement", "zip_longest",
                                    "pairwise", "accumulate", "compress"});
}

}  // namespace nuitka_cc
