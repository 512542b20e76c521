//===- BlockingSummaries.h - Functions of the TU that may block -*- C++ -*-===//
//
// Real code rarely calls `recv` under a lock itself: it calls a helper that
// does. A function defined in the translation unit may block when it calls a
// blocking API, or a function of the TU that may block, directly or through
// lambdas it calls. The summaries are computed on demand, once per function,
// with Tarjan's algorithm over the call graph, so recursion is handled and
// the cost is linear in the size of the TU.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_BLOCKINGSUMMARIES_H
#define LOCKIO_CHECKER_BLOCKINGSUMMARIES_H

#include "BlockingCatalogue.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>
#include <optional>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FunctionDecl;
} // namespace clang

namespace lockio {

/// Why a function may block: the first call in it that leads to a
/// blocking API.
struct BlockingEvidence {
  /// The call in the function's body.
  const clang::Expr *Call = nullptr;
  /// If the call is to another function of the TU that may block, that
  /// function; otherwise the call is itself blocking.
  const clang::FunctionDecl *Helper = nullptr;
  /// What the chain ends at.
  BlockingApi Api;
};

/// Per-TU answers to "may this function block?".
class BlockingSummaries {
public:
  BlockingSummaries(const BlockingCatalogue &Catalogue,
                    clang::ASTContext &Ctx)
      : Catalogue(Catalogue), Ctx(Ctx) {}

  /// Why \p FD may block, or nothing if it does not (or its body is not in
  /// view, or lies in a system header).
  const BlockingEvidence *mayBlock(const clang::FunctionDecl *FD);

  /// The function of the TU with a body in view that \p Call runs, if any:
  /// the direct callee, a lambda's call operator, or the lambda a local
  /// `std::function` was initialised from.
  static const clang::FunctionDecl *calledBody(const clang::Expr *Call);

private:
  struct Node {
    /// Tarjan's bookkeeping.
    unsigned Index = 0;
    unsigned LowLink = 0;
    bool OnStack = false;
    bool Done = false;
    std::optional<BlockingEvidence> Evidence;
    /// Calls to functions of the TU, in source order.
    llvm::SmallVector<std::pair<const clang::Expr *, const clang::FunctionDecl *>,
                      4>
        Callees;
  };

  void visit(const clang::FunctionDecl *FD);
  void scanBody(const clang::FunctionDecl *FD, Node &N);

  const BlockingCatalogue &Catalogue;
  clang::ASTContext &Ctx;
  /// Nodes by function; a deque keeps references stable while it grows.
  std::deque<Node> Storage;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> Ids;
  std::vector<const clang::FunctionDecl *> Stack;
  unsigned NextIndex = 1;
};

} // namespace lockio

#endif // LOCKIO_CHECKER_BLOCKINGSUMMARIES_H
