#include "nuitka_cc/nodes/node.h"

#include <algorithm>

namespace nuitka_cc {

void Node::AddChild(ChildRole role, Node* child) {
  if (child != nullptr) children_.push_back({role, child});
}

void Node::AddChildren(ChildRole role, const std::vector<Node*>& nodes) {
  for (Node* node : nodes) AddChild(role, node);
}

Node* Node::Child(ChildRole role) const {
  for (const auto& child : children_) {
    if (child.role == role) return child.node;
  }
  return nullptr;
}

std::vector<Node*> Node::ChildrenIn(ChildRole role) const {
  std::vector<Node*> result;
  for (const auto& child : children_) {
    if (child.role == role) result.push_back(child.node);
  }
  return result;
}

void Node::ReplaceChildren(ChildRole role, const std::vector<Node*>& nodes) {
  auto first = std::find_if(children_.begin(), children_.end(),
                            [role](const auto& c) { return c.role == role; });
  size_t position = first - children_.begin();
  children_.erase(std::remove_if(children_.begin(), children_.end(),
                                 [role](const auto& c) { return c.role == role; }),
                  children_.end());
  std::vector<ChildEntry> inserted;
  for (Node* node : nodes) {
    if (node != nullptr) inserted.push_back({role, node});
  }
  position = std::min(position, children_.size());
  children_.insert(children_.begin() + position, inserted.begin(), inserted.end());
}

}  // namespace nuitka_cc
