//===- LockModel.h - Which expressions take and release which lock -*- C++ -*-//
//
// The lock model reads single statements: a guard's declaration, a call to
// `lock()` on a mutex, a call to `pthread_mutex_unlock`. It says which mutex
// each one takes or releases, under a key that identifies the mutex however
// the user spells it (`mu_` and `this->mu_` are one lock). What is held where
// is the business of the lock-set analysis, which asks this model about every
// statement on every path.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_LOCKMODEL_H
#define LOCKIO_CHECKER_LOCKMODEL_H

#include "NameList.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CallExpr;
class CXXBindTemporaryExpr;
class CXXConstructorDecl;
class CXXRecordDecl;
class Expr;
class Stmt;
class VarDecl;
} // namespace clang

namespace lockio {

/// A mutex named by an expression.
struct MutexRef {
  /// Identifies the mutex object: the declaration it is reached from plus the
  /// access path, so that aliases of one spelling agree.
  std::string Key;
  /// The mutex as the user wrote it, for messages: `mu_`, `cache.mu`, `*m`.
  std::string Name;
};

/// What a statement does to locks.
struct LockEvent {
  enum Kind {
    None,
    /// Takes the listed mutexes.
    Acquire,
    /// Releases the listed mutexes.
    Release,
    /// Takes the listed mutexes if it succeeds; the result tells.
    TryAcquire,
    /// A guard takes its mutexes again.
    GuardLock,
    /// A guard releases its mutexes but stays associated with them.
    GuardUnlock,
    /// A guard tries to take its mutexes; the result tells.
    GuardTryLock,
    /// A guard asks whether it owns its mutexes (`owns_lock`, `operator
    /// bool`); the result tells.
    GuardOwns,
    /// A guard gives up its mutexes without releasing them (`release()`).
    GuardRelease,
    /// A guard is move-assigned from \c Source.
    GuardMoveAssign,
  };
  Kind EventKind = None;
  llvm::SmallVector<MutexRef, 1> Mutexes;
  /// The guard variable of the Guard* kinds.
  const clang::VarDecl *Guard = nullptr;
  /// For GuardMoveAssign, the guard moved from.
  const clang::VarDecl *Source = nullptr;
  /// For TryAcquire: whether the call returns zero on success, as the
  /// C lock functions do.
  bool SuccessIsZero = false;
};

/// How a guard declaration holds its mutexes from the start.
struct GuardDecl {
  enum Mode {
    /// Takes its mutexes now (`std::lock_guard g(m)`).
    Locks,
    /// Takes ownership of mutexes the thread already holds (`adopt_lock`).
    Adopts,
    /// Owns nothing until `lock()` (`defer_lock`, default construction).
    Defers,
    /// Owns its mutexes only if `owns_lock()` says so (`try_to_lock`, a
    /// timeout).
    Tries,
    /// Takes over what another guard held (`std::move(other)`).
    Moves,
  };
  Mode HoldMode = Locks;
  llvm::SmallVector<MutexRef, 1> Mutexes;
  /// For Moves, the guard moved from.
  const clang::VarDecl *Source = nullptr;
};

/// What the user's options add to the built-in lock model.
struct LockModelOptions {
  NameList LockFunctions;
  NameList UnlockFunctions;
  NameList GuardTypes;
  NameList IgnoredMutexes;
};

/// Answers, for one statement at a time, what it does to locks.
class LockModel {
public:
  explicit LockModel(LockModelOptions Options);

  /// What \p Call does to locks.
  LockEvent classifyCall(const clang::CallExpr *Call,
                         const clang::ASTContext &Ctx) const;

  /// If \p Var is a guard, how it holds its mutexes once declared.
  std::optional<GuardDecl> classifyGuard(const clang::VarDecl *Var,
                                         const clang::ASTContext &Ctx) const;

  /// If \p Bind is a guard that lives only as a temporary, such as the
  /// LockedPtr of `sync.wlock()->push_back(x)`, the mutexes it holds from
  /// where it is made to the end of its full-expression.
  std::optional<GuardDecl>
  classifyTemporaryGuard(const clang::CXXBindTemporaryExpr *Bind,
                         const clang::ASTContext &Ctx) const;

  /// If \p Call runs the function it is given with a lock held, as
  /// folly::Synchronized's `withWLock` does, that lock: the body of a lambda
  /// passed to \p Call runs under it.
  std::optional<MutexRef> callbackLock(const clang::CallExpr *Call,
                                       const clang::ASTContext &Ctx) const;

  /// Whether objects of type \p Type are scoped guards.
  bool isGuardType(clang::QualType Type) const;

  /// The mutex named by \p E: the object itself when \p ThroughPointer is
  /// false, the object \p E points to when it is true.
  std::optional<MutexRef> mutexRef(const clang::Expr *E, bool ThroughPointer,
                                   const clang::ASTContext &Ctx) const;

  /// The key of the object \p E denotes (or points to, when
  /// \p ThroughPointer), as mutexRef builds it, for any object.
  std::optional<std::string> keyOf(const clang::Expr *E, bool ThroughPointer,
                                   const clang::ASTContext &Ctx) const;

  /// Whether \p Body contains anything the model recognises, lambdas'
  /// bodies left out. Most functions take no lock: this cheap scan spares
  /// them the CFG.
  bool mentionsLocks(const clang::Stmt *Body,
                     const clang::ASTContext &Ctx) const;

private:
  bool isGuardClass(const clang::CXXRecordDecl *Record) const;
  bool inferGuardClass(const clang::CXXRecordDecl *Record) const;
  void forEachLockEvent(const clang::Stmt *S,
                        const clang::CXXRecordDecl *Record,
                        const clang::ASTContext &Ctx,
                        llvm::function_ref<void(const LockEvent &)> Visit,
                        unsigned Depth) const;
  bool isMutexClass(const clang::CXXRecordDecl *Record,
                    llvm::StringRef ReleaseName) const;
  bool isIgnored(const MutexRef &Ref, const clang::Expr *E) const;
  std::optional<LockEvent>
  classifyAnnotated(const clang::CallExpr *Call,
                    const clang::ASTContext &Ctx) const;
  LockEvent classifyGuardCall(const clang::CallExpr *Call,
                              const clang::CXXRecordDecl *Record,
                              const clang::ASTContext &Ctx) const;

  LockModelOptions Options;
  /// Names of the member and free functions the built-in model knows, to
  /// reject most calls with one lookup.
  llvm::StringSet<> KnownNames;
  /// Memoised answers of isGuardClass.
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> GuardClasses;
  /// For the constructors of guard classes inferred from their code (see
  /// inferGuardClass), the parameter that names the mutex they lock.
  mutable llvm::DenseMap<const clang::CXXConstructorDecl *, unsigned>
      InferredGuardParams;
  /// The guard classes inferred from their code.
  mutable llvm::DenseSet<const clang::CXXRecordDecl *> InferredGuards;
};

} // namespace lockio

#endif // LOCKIO_CHECKER_LOCKMODEL_H
