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
#include "LockModel.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>
#include <optional>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class CXXMethodDecl;
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

/// The functions a call may run, as far as the TU shows them.
struct CallTargets {
  /// Functions with a body in view, outside system headers.
  llvm::SmallVector<const clang::FunctionDecl *, 1> Bodies;
  /// Whether the call dispatches virtually: it then blocks only if every
  /// target does, since which one runs is not known.
  bool Virtual = false;
};

/// Per-TU answers to "may this function block?".
class BlockingSummaries {
public:
  BlockingSummaries(const BlockingCatalogue &Catalogue, const LockModel &Model,
                    clang::ASTContext &Ctx)
      : Catalogue(Catalogue), Model(Model), Ctx(Ctx) {}

  /// Why \p FD may block, or nothing if it does not (or its body is not in
  /// view, or lies in a system header).
  const BlockingEvidence *mayBlock(const clang::FunctionDecl *FD);

  /// Whether \p Call, a call of a function of the TU, may block: the
  /// function to name as the one that blocks and why, or nothing.
  std::pair<const clang::FunctionDecl *, const BlockingEvidence *>
  mayBlockCall(const clang::Expr *Call);

  /// Whether \p FD, whose parameter number \p Index is a reference to a
  /// guard, has released that guard's lock at every point where it may
  /// block (it unlocks it around the call, or waits on a condition
  /// variable with it): a caller that hands its guard over is then not
  /// blocked while holding that lock.
  bool releasesGuardParameter(const clang::FunctionDecl *FD, unsigned Index);

  /// The functions of the TU that \p Call may run: the direct callee, a
  /// lambda's call operator, the lambda a local `std::function` was
  /// initialised from, or for a virtual call every overrider in view.
  CallTargets targetsOf(const clang::Expr *Call);

private:
  CallTargets candidatesOf(const clang::Expr *Call);

  /// A call in a function's body to functions of the TU.
  struct Edge {
    const clang::Expr *Call;
    CallTargets Targets;
  };
  struct Node {
    /// Tarjan's bookkeeping.
    unsigned Index = 0;
    unsigned LowLink = 0;
    bool OnStack = false;
    std::optional<BlockingEvidence> Evidence;
    /// Calls to functions of the TU, in source order.
    llvm::SmallVector<Edge, 4> Calls;
    /// The guard-reference parameters released wherever the function may
    /// block (see releasesGuardParameter).
    llvm::SmallVector<unsigned, 1> ReleasedParameters;
  };

  void visit(const clang::FunctionDecl *Root);
  unsigned open(const clang::FunctionDecl *FD);
  void scanBody(const clang::FunctionDecl *FD, Node &N);
  void findReleasedParameters(const clang::FunctionDecl *FD, Node &N);
  void resolveComponent(llvm::ArrayRef<unsigned> Component);
  std::optional<BlockingEvidence> evidenceThrough(const Edge &E) const;
  void indexOverriders();

  const BlockingCatalogue &Catalogue;
  const LockModel &Model;
  clang::ASTContext &Ctx;
  /// Nodes by function; a deque keeps references stable while it grows.
  std::deque<Node> Storage;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> Ids;
  std::vector<const clang::FunctionDecl *> Stack;
  unsigned NextIndex = 1;
  /// Each virtual method's overriders in the TU, direct and indirect;
  /// built on the first virtual call.
  std::optional<llvm::DenseMap<const clang::CXXMethodDecl *,
                               llvm::SmallVector<const clang::CXXMethodDecl *, 2>>>
      Overriders;
};

} // namespace lockio

#endif // LOCKIO_CHECKER_BLOCKINGSUMMARIES_H
