//===- LockSetAnalysis.h - Which locks are held at each call -----*- C++ -*-===//
//
// A forward dataflow analysis over one function's CFG whose state is the set
// of locks held. At a join a lock stays held only if it is held on every
// incoming path (must-hold): a finding then never depends on which way an
// earlier branch went. Branches that test a try-lock add the lock on the
// edge where it succeeded.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_LOCKSETANALYSIS_H
#define LOCKIO_CHECKER_LOCKSETANALYSIS_H

#include "LockModel.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <memory>
#include <string>

namespace clang {
class ASTContext;
class CFG;
class CFGBlock;
class CFGElement;
class FunctionDecl;
class Expr;
class VarDecl;
} // namespace clang

namespace lockio {

/// A lock that is held, with where it was taken.
struct HeldLock {
  /// The mutex as the user wrote it where it was taken.
  std::string Name;
  /// Where the lock was taken: one place per path that took it, in source
  /// order.
  llvm::SmallVector<clang::SourceLocation, 1> Sites;
  /// The guard that will release it, if any.
  const clang::VarDecl *Guard = nullptr;
  /// The call that took it (`mu.lock()`, `pthread_mutex_lock(&mu)`), when
  /// no guard owns it and every path took it with the same call.
  const clang::CallExpr *Acquisition = nullptr;
  /// Whether a guard temporary took it and no variable has taken it over
  /// (folly's `sync.wlock()->push_back(x)`).
  bool Temporary = false;
  /// How many times a lock call took it without a release in between (a
  /// recursive mutex needs as many unlocks).
  unsigned Depth = 1;

  bool operator==(const HeldLock &Other) const {
    return Name == Other.Name && Sites == Other.Sites &&
           Guard == Other.Guard && Acquisition == Other.Acquisition &&
           Temporary == Other.Temporary && Depth == Other.Depth;
  }
};

/// The locks held at one program point, by mutex key.
using LockSet = std::map<std::string, HeldLock>;

/// Runs the lock-set analysis over one function.
class LockSetAnalysis {
public:
  /// Called for each call and construction on a reachable path, once the
  /// analysis has settled, with the locks held just before it.
  using CallVisitor =
      llvm::function_ref<void(const clang::Expr *Call, const LockSet &Held)>;

  LockSetAnalysis(const LockModel &Model, clang::ASTContext &Ctx)
      : Model(Model), Ctx(Ctx) {}

  /// Analyses \p Cfg starting from \p Entry (the locks held when the function
  /// is called) and reports every call to \p Visit.
  void run(const clang::CFG &Cfg, const LockSet &Entry, CallVisitor Visit);

  /// Makes \p Guard (a parameter, say) own \p Mutex when the function
  /// starts: registers the guard and adds the lock to \p Entry.
  void assumeHeld(const clang::VarDecl *Guard, const MutexRef &Mutex,
                  LockSet &Entry);

  /// The guard that \p Var names: \p Var itself, or the guard a local
  /// reference was bound to.
  const clang::VarDecl *canonicalGuard(const clang::VarDecl *Var) const;

  /// The mutexes that guard variable \p Guard is associated with, once the
  /// analysis has seen its declaration.
  llvm::ArrayRef<MutexRef> mutexesOf(const clang::VarDecl *Guard) const;

private:
  /// Applies \p Block's elements to \p State, reporting calls to \p Visit
  /// if given, and stopping before the first element for which \p StopBefore
  /// holds; returns whether it stopped.
  bool transfer(const clang::CFGBlock &Block, LockSet &State,
                CallVisitor *Visit,
                llvm::function_ref<bool(const clang::CFGElement &)>
                    StopBefore = nullptr);
  void applyCall(const clang::CallExpr *Call, LockSet &State);
  void applyGuardDecl(const clang::VarDecl *Var, LockSet &State);
  void refineEdge(const clang::Expr *Condition, bool Value, LockSet &State);
  void take(const MutexRef &Mutex, clang::SourceLocation Site,
            const clang::VarDecl *Guard, const clang::CallExpr *Acquisition,
            LockSet &State);
  void releaseGuard(const clang::VarDecl *Guard, LockSet &State);

  const LockModel &Model;
  clang::ASTContext &Ctx;
  /// Each guard variable's mutexes; they do not change along a path.
  llvm::DenseMap<const clang::VarDecl *, llvm::SmallVector<MutexRef, 1>>
      GuardMutexes;
};

/// Builds the CFG the analysis runs on for \p Function's body: with the
/// destructors of automatic objects and temporaries (the end of a guard's
/// scope), constructor initializers, and every sub-expression as an element.
std::unique_ptr<clang::CFG> buildLockCFG(const clang::FunctionDecl *Function,
                                         clang::ASTContext &Ctx);

/// Joins \p Incoming into \p State as a must-hold join: keeps the locks held
/// in both. Returns whether \p State changed.
bool joinMustHold(LockSet &State, const LockSet &Incoming,
                  const clang::SourceManager &SM);

} // namespace lockio

#endif // LOCKIO_CHECKER_LOCKSETANALYSIS_H
