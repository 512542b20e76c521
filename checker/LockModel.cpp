//===- LockModel.cpp - Which expressions take and release which lock ------===//

#include "LockModel.h"
#include "AstHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace lockio {

namespace {

/// A C lock function: which way it goes, and for a try-lock whether zero
/// means success.
struct CLockFunction {
  const char *Name;
  LockEvent::Kind Kind;
  bool SuccessIsZero;
};

// clang-format off
constexpr CLockFunction CLockFunctions[] = {
  {"pthread_mutex_lock", LockEvent::Acquire, false},
  {"pthread_mutex_unlock", LockEvent::Release, false},
  {"pthread_mutex_trylock", LockEvent::TryAcquire, true},
  {"pthread_mutex_timedlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_rdlock", LockEvent::Acquire, false},
  {"pthread_rwlock_wrlock", LockEvent::Acquire, false},
  {"pthread_rwlock_unlock", LockEvent::Release, false},
  {"pthread_rwlock_tryrdlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_trywrlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_timedrdlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_timedwrlock", LockEvent::TryAcquire, true},
  {"pthread_spin_lock", LockEvent::Acquire, false},
  {"pthread_spin_unlock", LockEvent::Release, false},
  {"pthread_spin_trylock", LockEvent::TryAcquire, true},
  {"mtx_lock", LockEvent::Acquire, false},
  {"mtx_unlock", LockEvent::Release, false},
  {"mtx_trylock", LockEvent::TryAcquire, true},
  {"mtx_timedlock", LockEvent::TryAcquire, true},
  {"g_mutex_lock", LockEvent::Acquire, false},
  {"g_mutex_unlock", LockEvent::Release, false},
  {"g_mutex_trylock", LockEvent::TryAcquire, false},
  {"g_rec_mutex_lock", LockEvent::Acquire, false},
  {"g_rec_mutex_unlock", LockEvent::Release, false},
  {"g_rec_mutex_trylock", LockEvent::TryAcquire, false},
  {"g_rw_lock_writer_lock", LockEvent::Acquire, false},
  {"g_rw_lock_writer_unlock", LockEvent::Release, false},
  {"g_rw_lock_writer_trylock", LockEvent::TryAcquire, false},
  {"g_rw_lock_reader_lock", LockEvent::Acquire, false},
  {"g_rw_lock_reader_unlock", LockEvent::Release, false},
  {"g_rw_lock_reader_trylock", LockEvent::TryAcquire, false},
  {"EnterCriticalSection", LockEvent::Acquire, false},
  {"LeaveCriticalSection", LockEvent::Release, false},
  {"TryEnterCriticalSection", LockEvent::TryAcquire, false},
  {"AcquireSRWLockExclusive", LockEvent::Acquire, false},
  {"AcquireSRWLockShared", LockEvent::Acquire, false},
  {"ReleaseSRWLockExclusive", LockEvent::Release, false},
  {"ReleaseSRWLockShared", LockEvent::Release, false},
  {"TryAcquireSRWLockExclusive", LockEvent::TryAcquire, false},
  {"TryAcquireSRWLockShared", LockEvent::TryAcquire, false},
};
// clang-format on

/// How a member function named \p Name acts on a mutex object, and the
/// names of the functions that undo it (a class counts as a mutex only when
/// it has the function and one of its counterparts).
struct MemberLockFunction {
  LockEvent::Kind Kind;
  llvm::StringRef Counterpart;
  /// Another name the counterpart goes by: Qt's QReadWriteLock has an
  /// `unlock` but no `lock`, only `lockForRead` and `lockForWrite`.
  llvm::StringRef OtherCounterpart = {};
};

std::optional<MemberLockFunction> memberLockFunction(llvm::StringRef Name) {
  using K = LockEvent;
  return llvm::StringSwitch<std::optional<MemberLockFunction>>(Name)
      .Case("lock", MemberLockFunction{K::Acquire, "unlock"})
      .Case("lock_shared", MemberLockFunction{K::Acquire, "unlock_shared"})
      .Case("Lock", MemberLockFunction{K::Acquire, "Unlock"})
      .Case("unlock", MemberLockFunction{K::Release, "lock", "lockForWrite"})
      .Case("unlock_shared", MemberLockFunction{K::Release, "lock_shared"})
      .Case("Unlock", MemberLockFunction{K::Release, "Lock"})
      .Case("try_lock", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("try_lock_for", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("try_lock_until", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("try_lock_shared",
            MemberLockFunction{K::TryAcquire, "unlock_shared"})
      .Case("try_lock_shared_for",
            MemberLockFunction{K::TryAcquire, "unlock_shared"})
      .Case("try_lock_shared_until",
            MemberLockFunction{K::TryAcquire, "unlock_shared"})
      .Case("TryLock", MemberLockFunction{K::TryAcquire, "Unlock"})
      // Abseil's reader and writer spellings.
      .Case("ReaderLock", MemberLockFunction{K::Acquire, "ReaderUnlock"})
      .Case("ReaderUnlock", MemberLockFunction{K::Release, "ReaderLock"})
      .Case("WriterLock", MemberLockFunction{K::Acquire, "WriterUnlock"})
      .Case("WriterUnlock", MemberLockFunction{K::Release, "WriterLock"})
      .Case("ReaderTryLock",
            MemberLockFunction{K::TryAcquire, "ReaderUnlock"})
      // Qt's QMutex and QReadWriteLock.
      .Case("tryLock", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("lockForRead", MemberLockFunction{K::Acquire, "unlock"})
      .Case("lockForWrite", MemberLockFunction{K::Acquire, "unlock"})
      .Case("tryLockForRead", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("tryLockForWrite", MemberLockFunction{K::TryAcquire, "unlock"})
      .Default(std::nullopt);
}

/// What a call of the member \p Name does to the guard it is called on.
LockEvent::Kind guardMemberKind(llvm::StringRef Name) {
  return llvm::StringSwitch<LockEvent::Kind>(Name)
      .Cases("lock", "Lock", "relock", LockEvent::GuardLock)
      // absl::ReleasableMutexLock::Release unlocks; std's release() does not.
      .Cases("unlock", "Unlock", "Release", LockEvent::GuardUnlock)
      .Cases("try_lock", "try_lock_for", "try_lock_until",
             LockEvent::GuardTryLock)
      .Case("owns_lock", LockEvent::GuardOwns)
      .Case("release", LockEvent::GuardRelease)
      .Default(LockEvent::None);
}

/// Whether \p Record is one of the built-in scoped guard templates or
/// classes.
bool isBuiltinGuard(const CXXRecordDecl *Record) {
  std::string Name = qualifiedName(Record);
  return llvm::StringSwitch<bool>(Name)
      .Cases("::std::lock_guard", "::std::unique_lock", "::std::scoped_lock",
             "::std::shared_lock", true)
      .Cases("::boost::lock_guard", "::boost::unique_lock",
             "::boost::shared_lock", "::boost::upgrade_lock", true)
      .Cases("::absl::MutexLock", "::absl::ReaderMutexLock",
             "::absl::WriterMutexLock", "::absl::ReleasableMutexLock", true)
      .Cases("::QMutexLocker", "::QReadLocker", "::QWriteLocker", true)
      // What folly::Synchronized's wlock() and rlock() return.
      .Case("::folly::LockedPtr", true)
      .Default(false);
}

/// Whether a guard of class \p Record takes every mutex it is given rather
/// than only the first one.
bool takesAllArguments(const CXXRecordDecl *Record) {
  return Record->getIdentifier() && Record->getName() == "scoped_lock" &&
         Record->isInStdNamespace();
}

/// The kind of lock tag or timeout \p Type is, for guard constructors.
enum class GuardArgument { Mutex, DeferTag, TryTag, AdoptTag, Timeout };

GuardArgument classifyGuardArgument(QualType Type) {
  const auto *Record = Type.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->getIdentifier())
    return GuardArgument::Mutex;
  llvm::StringRef Name = Record->getName();
  if (Name == "defer_lock_t")
    return GuardArgument::DeferTag;
  if (Name == "try_to_lock_t")
    return GuardArgument::TryTag;
  if (Name == "adopt_lock_t")
    return GuardArgument::AdoptTag;
  if (Name == "duration" || Name == "time_point")
    return GuardArgument::Timeout;
  return GuardArgument::Mutex;
}

/// A key that names the declaration \p D and nothing else.
std::string declKey(const Decl *D) {
  return "#" + std::to_string(reinterpret_cast<uintptr_t>(D));
}

std::optional<std::string> objectKey(const Expr *E, const ASTContext &Ctx,
                                     unsigned Depth = 0);

/// The key of the object that pointer \p E points to.
std::optional<std::string> pointeeKey(const Expr *E, const ASTContext &Ctx,
                                      unsigned Depth) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_AddrOf)
      return objectKey(Unary->getSubExpr(), Ctx, Depth + 1);
  if (isa<CXXThisExpr>(E))
    return std::string("this");
  // A smart pointer's `operator->` yields the pointer it holds.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1)
      return pointeeKey(Op->getArg(0), Ctx, Depth + 1);
  std::optional<std::string> Pointer = objectKey(E, Ctx, Depth + 1);
  if (!Pointer)
    return std::nullopt;
  return "*" + *Pointer;
}

/// The key of the object \p E denotes: a declaration plus an access path.
std::optional<std::string> objectKey(const Expr *E, const ASTContext &Ctx,
                                     unsigned Depth) {
  // Deeply nested accesses are rare; a bound keeps alias chains finite.
  if (Depth > 16)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();

  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    // A local reference is another name for what it was bound to.
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->getType()->isReferenceType() && Var->hasLocalStorage() &&
          !isa<ParmVarDecl>(Var) && Var->getInit())
        return objectKey(Var->getInit(), Ctx, Depth + 1);
    return declKey(Ref->getDecl()->getCanonicalDecl());
  }

  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    std::optional<std::string> Base =
        Member->isArrow() ? pointeeKey(Member->getBase(), Ctx, Depth + 1)
                          : objectKey(Member->getBase(), Ctx, Depth + 1);
    if (!Base)
      return std::nullopt;
    return *Base + "." +
           declKey(Member->getMemberDecl()->getCanonicalDecl());
  }

  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_Deref)
      return pointeeKey(Unary->getSubExpr(), Ctx, Depth + 1);

  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Star && Op->getNumArgs() == 1)
      return pointeeKey(Op->getArg(0), Ctx, Depth + 1);

  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
    std::optional<std::string> Base =
        objectKey(Subscript->getBase(), Ctx, Depth + 1);
    if (!Base)
      return std::nullopt;
    const Expr *Index = Subscript->getIdx()->IgnoreParenImpCasts();
    Expr::EvalResult Value;
    if (!Index->isValueDependent() && Index->EvaluateAsInt(Value, Ctx))
      return *Base + "[" + llvm::toString(Value.Val.getInt(), 10) + "]";
    if (std::optional<std::string> IndexKey = objectKey(Index, Ctx, Depth + 1))
      return *Base + "[" + *IndexKey + "]";
    return std::nullopt;
  }

  // Anything else (a call returning a mutex, a container's operator[]) is
  // known by its spelling: two identical spellings are taken to be one lock.
  return "'" + sourceText(E, Ctx);
}

/// The name of the mutex that pointer \p E points to: what the user wrote,
/// without the address-of in `pthread_mutex_lock(&mu)`.
std::string pointeeName(const Expr *E, const ASTContext &Ctx) {
  const Expr *Bare = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(Bare))
    if (Unary->getOpcode() == UO_AddrOf)
      return sourceText(Unary->getSubExpr(), Ctx);
  // A smart pointer's `operator->`, as in `mu->lock()`, spans the arrow.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Bare))
    if (Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1)
      return sourceText(Op->getArg(0), Ctx);
  return sourceText(E, Ctx);
}

/// The variable that \p E names, looking through `std::move`.
const VarDecl *namedVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (Call->isCallToStdMove() && Call->getNumArgs() == 1)
      E = Call->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

/// The construction that initialises \p Var, seen through the wrappers that
/// copy elision and temporaries put around it.
const CXXConstructExpr *initialConstruction(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  while (Init) {
    Init = Init->IgnoreImplicit();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init)) {
      // `auto g = std::unique_lock(m)` before C++17 copies a temporary.
      if (Construct->getNumArgs() == 1 &&
          Construct->getConstructor()->isCopyOrMoveConstructor() &&
          isa<MaterializeTemporaryExpr, CXXFunctionalCastExpr,
              CXXTemporaryObjectExpr>(Construct->getArg(0)->IgnoreParens()) &&
          !namedVariable(Construct->getArg(0))) {
        Init = Construct->getArg(0);
        continue;
      }
      return Construct;
    }
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init)) {
      Init = Cast->getSubExpr();
      continue;
    }
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Init)) {
      Init = Temp->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// The record type of the object a member call is made on.
const CXXRecordDecl *objectRecord(const Expr *Object) {
  QualType Type = Object->getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  return Type.getNonReferenceType()->getAsCXXRecordDecl();
}

/// Whether the member call \p Call reaches its object through a pointer.
bool callsThroughPointer(const CXXMemberCallExpr *Call) {
  if (const auto *Member =
          dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens()))
    return Member->isArrow();
  return false;
}

/// Whether \p Callee is the GLib function \p Name: GLib's lockers are
/// static inline functions of its headers, neither extern "C" nor in a
/// namespace.
bool isGLibFunction(const FunctionDecl *Callee, llvm::StringRef Name) {
  return Callee->getIdentifier() && Callee->getName() == Name &&
         Callee->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

/// How the folly::Synchronized member \p Method, which returns a LockedPtr,
/// holds the lock: it waits for it (`wlock()`), or it may fail and leave the
/// LockedPtr null (`tryWLock()`, or `wlock(timeout)` when \p Call passes a
/// timeout).
std::optional<GuardDecl::Mode> follyLockMode(const CallExpr *Call,
                                             const CXXMethodDecl *Method) {
  if (!Method || !Method->getIdentifier())
    return std::nullopt;
  std::string Class = qualifiedName(Method->getParent());
  if (Class != "::folly::Synchronized" && Class != "::folly::SynchronizedBase")
    return std::nullopt;
  std::optional<GuardDecl::Mode> Mode =
      llvm::StringSwitch<std::optional<GuardDecl::Mode>>(Method->getName())
          .Cases("wlock", "rlock", "ulock", "lock", GuardDecl::Locks)
          .Cases("contextualLock", "contextualRLock", GuardDecl::Locks)
          .Cases("tryWLock", "tryRLock", "tryULock", "tryLock",
                 GuardDecl::Tries)
          .Default(std::nullopt);
  if (Mode == GuardDecl::Locks && Call->getNumArgs() > 0 &&
      !isa<CXXDefaultArgExpr>(Call->getArg(0)))
    Mode = GuardDecl::Tries;
  return Mode;
}

/// The call of a folly::Synchronized locking member that \p E is, seen
/// through the temporaries and copies around a returned LockedPtr.
const CXXMemberCallExpr *follyLockCall(const Expr *E) {
  while (E) {
    E = E->IgnoreImplicit();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      // Before C++17 the LockedPtr is moved out of the temporary.
      if (Construct->getNumArgs() != 1 ||
          !Construct->getConstructor()->isCopyOrMoveConstructor())
        return nullptr;
      E = Construct->getArg(0);
      continue;
    }
    const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
    if (Call && follyLockMode(Call, Call->getMethodDecl()))
      return Call;
    return nullptr;
  }
  return nullptr;
}

/// The folly::Synchronized members that call the function they are given
/// with the lock held (`sync.withWLock([](auto &v) { ... })`).
bool isFollyCallbackLock(const CXXMethodDecl *Method) {
  if (!Method || !Method->getIdentifier())
    return false;
  std::string Class = qualifiedName(Method->getParent());
  if (Class != "::folly::Synchronized" && Class != "::folly::SynchronizedBase")
    return false;
  return llvm::StringSwitch<bool>(Method->getName())
      .Cases("withWLock", "withRLock", "withULock", "withLock", true)
      .Cases("withWLockPtr", "withRLockPtr", "withULockPtr", "withLockPtr",
             true)
      .Default(false);
}

/// The GLib locker constructors: each locks the lock it is given and
/// returns a locker that `g_autoptr` releases at the end of its scope, or
/// the matching `_free` function (see glibLockerFree) before that.
constexpr llvm::StringLiteral GLibLockerNew[] = {
    "g_mutex_locker_new", "g_rec_mutex_locker_new",
    "g_rw_lock_writer_locker_new", "g_rw_lock_reader_locker_new"};

/// The functions that release what a GLib locker holds.
constexpr llvm::StringLiteral GLibLockerFree[] = {
    "g_mutex_locker_free", "g_rec_mutex_locker_free",
    "g_rw_lock_writer_locker_free", "g_rw_lock_reader_locker_free"};

/// If \p Var is a GLib locker (`g_autoptr(GMutexLocker) locker =
/// g_mutex_locker_new(&m)`), the argument naming the lock it holds. GLib's
/// locker types are `void`, so the type says nothing; the initialiser does.
const Expr *glibLockerArgument(const VarDecl *Var) {
  if (!Var->getType()->isPointerType() || !Var->getInit())
    return nullptr;
  const auto *Call = dyn_cast<CallExpr>(Var->getInit()->IgnoreParenCasts());
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || Call->getNumArgs() != 1)
    return nullptr;
  for (llvm::StringRef Name : GLibLockerNew)
    if (isGLibFunction(Callee, Name))
      return Call->getArg(0);
  return nullptr;
}

/// An object that a thread-safety attribute's argument names, resolved in
/// the context of one call.
struct ResolvedObject {
  /// The key objectKey would build for the same object named in the caller.
  std::string Key;
  /// The object as messages name it.
  std::string Name;
  /// What goes before a member's name to name that member of the object:
  /// `w.`, `p->`, or nothing for a member of `*this` reached implicitly.
  std::string MemberPrefix;
};

/// Resolves the arguments of a thread-safety attribute on the function that
/// \p Call calls: there `this` is the object the method is called on and
/// each parameter is the argument passed for it, so `acquire_capability(mu_)`
/// on `w.Lock()` names `w.mu_`, and `acquire_capability(a.mu)` on
/// `lockAccount(acct)` names `acct.mu`.
class AttributeResolver {
public:
  AttributeResolver(const CallExpr *Call, const ASTContext &Ctx)
      : Call(Call), Ctx(Ctx) {}

  /// The object \p E denotes.
  std::optional<ResolvedObject> object(const Expr *E, unsigned Depth = 0) {
    if (Depth > 8)
      return std::nullopt;
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
        const Expr *Actual = actualFor(Param);
        if (!Actual || Param->getType()->isPointerType())
          return std::nullopt;
        return callerObject(Actual);
      }
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (!Var || !Var->hasGlobalStorage())
        return std::nullopt;
      // A global or static member: the same object wherever it is named.
      std::string Name = sourceText(E, Ctx);
      return ResolvedObject{declKey(Var->getCanonicalDecl()), Name,
                            Name + "."};
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      std::optional<ResolvedObject> Base =
          Member->isArrow() ? pointee(Member->getBase(), Depth + 1)
                            : object(Member->getBase(), Depth + 1);
      if (!Base)
        return std::nullopt;
      std::string Name =
          Base->MemberPrefix + Member->getMemberDecl()->getNameAsString();
      return ResolvedObject{
          Base->Key + "." +
              declKey(Member->getMemberDecl()->getCanonicalDecl()),
          Name, Name + "."};
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E))
      if (Unary->getOpcode() == UO_Deref)
        return pointee(Unary->getSubExpr(), Depth + 1);
    return std::nullopt;
  }

  /// The object that pointer \p E points to.
  std::optional<ResolvedObject> pointee(const Expr *E, unsigned Depth = 0) {
    if (Depth > 8)
      return std::nullopt;
    E = E->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(E))
      return callObject();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
        const Expr *Actual = actualFor(Param);
        if (!Actual || !Param->getType()->isPointerType())
          return std::nullopt;
        return callerPointee(Actual);
      }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E))
      if (Unary->getOpcode() == UO_AddrOf)
        return object(Unary->getSubExpr(), Depth + 1);
    // A pointer held in an object (`impl_->mu`): the pointee of that
    // object, keyed as pointeeKey keys it.
    std::optional<ResolvedObject> Pointer = object(E, Depth + 1);
    if (!Pointer)
      return std::nullopt;
    return ResolvedObject{"*" + Pointer->Key, "*" + Pointer->Name,
                          Pointer->Name + "->"};
  }

private:
  /// The argument that \p Call passes for \p Param. The attribute may sit
  /// on another declaration of the function than the one called, so the
  /// parameter is known by its position.
  const Expr *actualFor(const ParmVarDecl *Param) const {
    unsigned Index = Param->getFunctionScopeIndex();
    // An operator's object is its first argument.
    if (isa<CXXOperatorCallExpr>(Call) &&
        isa<CXXMethodDecl>(Call->getDirectCallee()))
      ++Index;
    return Index < Call->getNumArgs() ? Call->getArg(Index) : nullptr;
  }

  /// The object the method is called on: what `this` points to.
  std::optional<ResolvedObject> callObject() const {
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      const Expr *Object = Member->getImplicitObjectArgument();
      if (callsThroughPointer(Member))
        return callerPointee(Object);
      return callerObject(Object);
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (isa<CXXMethodDecl>(Op->getDirectCallee()) && Op->getNumArgs() > 0)
        return callerObject(Op->getArg(0));
    return std::nullopt;
  }

  /// The object \p E denotes, written at the call.
  std::optional<ResolvedObject> callerObject(const Expr *E) const {
    std::optional<std::string> Key = objectKey(E, Ctx);
    if (!Key)
      return std::nullopt;
    std::string Name = sourceText(E, Ctx);
    return ResolvedObject{*Key, Name, Name + "."};
  }

  /// The object that pointer \p E, written at the call, points to.
  std::optional<ResolvedObject> callerPointee(const Expr *E) const {
    std::optional<std::string> Key = pointeeKey(E, Ctx, 0);
    if (!Key)
      return std::nullopt;
    const Expr *Bare = E->IgnoreParenImpCasts();
    std::string Prefix;
    if (const auto *This = dyn_cast<CXXThisExpr>(Bare)) {
      // Inside the class the user names members of `*this` bare.
      Prefix = This->isImplicit() ? "" : "this->";
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(Bare);
               Unary && Unary->getOpcode() == UO_AddrOf) {
      Prefix = sourceText(Unary->getSubExpr(), Ctx) + ".";
    } else {
      Prefix = sourceText(E, Ctx) + "->";
    }
    return ResolvedObject{*Key, pointeeName(E, Ctx), Prefix};
  }

  const CallExpr *Call;
  const ASTContext &Ctx;
};

} // namespace

LockModel::LockModel(LockModelOptions Opts) : Options(std::move(Opts)) {
  for (const CLockFunction &Function : CLockFunctions)
    KnownNames.insert(Function.Name);
  for (llvm::StringRef Name :
       {"lock", "lock_shared", "Lock", "unlock", "unlock_shared", "Unlock",
        "try_lock", "try_lock_for", "try_lock_until", "try_lock_shared",
        "try_lock_shared_for", "try_lock_shared_until", "TryLock", "relock",
        "owns_lock", "release", "operator=", "ReaderLock", "ReaderUnlock",
        "WriterLock", "WriterUnlock", "ReaderTryLock", "tryLock",
        "lockForRead", "lockForWrite", "tryLockForRead", "tryLockForWrite",
        "Release"})
    KnownNames.insert(Name);
  for (llvm::StringRef Name : GLibLockerFree)
    KnownNames.insert(Name);
}

std::optional<MutexRef> LockModel::mutexRef(const Expr *E, bool ThroughPointer,
                                            const ASTContext &Ctx) const {
  std::optional<std::string> Key =
      ThroughPointer ? pointeeKey(E, Ctx, 0) : objectKey(E, Ctx, 0);
  if (!Key)
    return std::nullopt;
  MutexRef Ref{*Key, ThroughPointer ? pointeeName(E, Ctx) : sourceText(E, Ctx)};
  if (isIgnored(Ref, E))
    return std::nullopt;
  return Ref;
}

std::optional<std::string> LockModel::keyOf(const Expr *E,
                                            bool ThroughPointer,
                                            const ASTContext &Ctx) const {
  return ThroughPointer ? pointeeKey(E, Ctx, 0) : objectKey(E, Ctx, 0);
}

bool LockModel::isIgnored(const MutexRef &Ref, const Expr *E) const {
  if (Options.IgnoredMutexes.empty())
    return false;
  if (Options.IgnoredMutexes.matchesText(Ref.Name))
    return true;
  QualType Type = E->getType().getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  if (const auto *Record = Type->getAsCXXRecordDecl())
    return Options.IgnoredMutexes.matchesQualified(qualifiedName(Record));
  return Options.IgnoredMutexes.matchesText(
      Type.getUnqualifiedType().getAsString());
}

bool LockModel::isGuardType(QualType Type) const {
  const auto *Record = Type.getNonReferenceType()->getAsCXXRecordDecl();
  return Record && isGuardClass(Record);
}

bool LockModel::isGuardClass(const CXXRecordDecl *Record) const {
  Record = Record->getCanonicalDecl();
  auto It = GuardClasses.find(Record);
  if (It != GuardClasses.end())
    return It->second;
  // Clang's thread-safety attributes mark project guards as scoped_lockable.
  bool IsGuard = isBuiltinGuard(Record) ||
                 Record->hasAttr<ScopedLockableAttr>() ||
                 (!Options.GuardTypes.empty() &&
                  Options.GuardTypes.matchesQualified(qualifiedName(Record)));
  if (!IsGuard) {
    // Inference looks at calls inside the class, which may ask about this
    // class again; until it is done, the class is not a guard.
    GuardClasses[Record] = false;
    IsGuard = inferGuardClass(Record);
    if (IsGuard)
      InferredGuards.insert(Record);
  }
  GuardClasses[Record] = IsGuard;
  return IsGuard;
}

void LockModel::forEachLockEvent(
    const Stmt *S, const CXXRecordDecl *Record, const ASTContext &Ctx,
    llvm::function_ref<void(const LockEvent &)> Visit, unsigned Depth) const {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // A guard may lock through a member function of its own (`lock()`
    // called by the constructor); `this` means the same object there.
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    const FunctionDecl *Definition = nullptr;
    if (Method && Depth > 0 &&
        isa<CXXThisExpr>(
            Member->getImplicitObjectArgument()->IgnoreParenImpCasts()) &&
        Method->getParent()->getCanonicalDecl() == Record->getCanonicalDecl() &&
        Method->hasBody(Definition)) {
      forEachLockEvent(Definition->getBody(), Record, Ctx, Visit, Depth - 1);
    } else {
      LockEvent Event = classifyCall(Call, Ctx);
      if (Event.EventKind != LockEvent::None)
        Visit(Event);
    }
  }
  for (const Stmt *Child : S->children())
    forEachLockEvent(Child, Record, Ctx, Visit, Depth);
}

bool LockModel::inferGuardClass(const CXXRecordDecl *Record) const {
  // A guard of the project's own: a constructor that locks a mutex it is
  // given by reference or pointer and keeps in a member, and a destructor
  // that unlocks that member. The code must be in view.
  const CXXRecordDecl *Definition = Record->getDefinition();
  if (!Definition || Definition->isLambda() || Definition->isUnion())
    return false;
  const CXXDestructorDecl *Dtor = Definition->getDestructor();
  const FunctionDecl *DtorBody = nullptr;
  if (!Dtor || !Dtor->isUserProvided() || !Dtor->hasBody(DtorBody))
    return false;
  const ASTContext &Ctx = Definition->getASTContext();
  // Own member functions are followed two calls deep.
  constexpr unsigned Depth = 2;

  // The keys of the mutexes that a body takes (or releases).
  auto KeysOf = [&](const Stmt *Body, LockEvent::Kind Kind) {
    llvm::StringSet<> Keys;
    forEachLockEvent(
        Body, Definition, Ctx,
        [&](const LockEvent &Event) {
          if (Event.EventKind == Kind)
            for (const MutexRef &Mutex : Event.Mutexes)
              Keys.insert(Mutex.Key);
        },
        Depth);
    return Keys;
  };
  llvm::StringSet<> Released = KeysOf(DtorBody->getBody(), LockEvent::Release);
  if (Released.empty())
    return false;

  bool Found = false;
  for (const CXXConstructorDecl *Ctor : Definition->ctors()) {
    const FunctionDecl *Body = nullptr;
    if (Ctor->isCopyOrMoveConstructor() || !Ctor->hasBody(Body))
      continue;
    const auto *CtorBody = cast<CXXConstructorDecl>(Body);
    llvm::StringSet<> Acquired =
        KeysOf(CtorBody->getBody(), LockEvent::Acquire);
    if (Acquired.empty())
      continue;

    for (unsigned I = 0, E = CtorBody->getNumParams(); I != E; ++I) {
      const ParmVarDecl *Param = CtorBody->getParamDecl(I);
      QualType Type = Param->getType();
      if (!Type->isReferenceType() && !Type->isPointerType())
        continue;
      // The mutex as the constructor names it through the parameter...
      std::string ParamKey =
          (Type->isPointerType() ? "*" : "") + declKey(Param);
      bool Locks = Acquired.contains(ParamKey);
      bool Unlocks = false;
      // ...and through each member that keeps it.
      for (const CXXCtorInitializer *Init : CtorBody->inits()) {
        const FieldDecl *Field = Init->getMember();
        if (!Field || !Init->isWritten())
          continue;
        QualType FieldType = Field->getType();
        std::optional<std::string> Kept;
        if (FieldType->isPointerType())
          Kept = pointeeKey(Init->getInit(), Ctx, 0);
        else if (FieldType->isReferenceType())
          Kept = objectKey(Init->getInit(), Ctx, 0);
        if (Kept != ParamKey)
          continue;
        std::string FieldKey =
            (FieldType->isPointerType() ? "*this." : "this.") +
            declKey(Field->getCanonicalDecl());
        Locks |= Acquired.contains(FieldKey);
        Unlocks |= Released.contains(FieldKey);
      }
      if (Locks && Unlocks) {
        InferredGuardParams[Ctor->getCanonicalDecl()] = I;
        Found = true;
        break;
      }
    }
  }
  return Found;
}

bool LockModel::isMutexClass(const CXXRecordDecl *Record,
                             llvm::StringRef ReleaseName) const {
  if (!Record->hasDefinition())
    return false;
  auto HasMember = [&](const CXXRecordDecl *Class) {
    for (const CXXMethodDecl *Method : Class->methods())
      if (Method->getIdentifier() && Method->getName() == ReleaseName)
        return true;
    return false;
  };
  if (HasMember(Record))
    return true;
  // forallBases is true when the callback holds for every base.
  return !Record->forallBases(
      [&](const CXXRecordDecl *Base) { return !HasMember(Base); });
}

std::optional<GuardDecl> LockModel::classifyGuard(const VarDecl *Var,
                                                  const ASTContext &Ctx) const {
  GuardDecl Guard;
  if (const Expr *Arg = glibLockerArgument(Var)) {
    std::optional<MutexRef> Ref =
        mutexRef(Arg, Arg->getType()->isPointerType(), Ctx);
    if (!Ref)
      return std::nullopt;
    Guard.Mutexes.push_back(std::move(*Ref));
    return Guard;
  }
  if (Var->getType()->isReferenceType() || !isGuardType(Var->getType()))
    return std::nullopt;
  // `auto locked = sync.wlock();` holds the lock of `sync`.
  if (const CXXMemberCallExpr *Lock = follyLockCall(Var->getInit())) {
    Guard.HoldMode = *follyLockMode(Lock, Lock->getMethodDecl());
    if (std::optional<MutexRef> Ref = mutexRef(
            Lock->getImplicitObjectArgument(), callsThroughPointer(Lock), Ctx))
      Guard.Mutexes.push_back(std::move(*Ref));
    return Guard;
  }
  const CXXConstructExpr *Construct = initialConstruction(Var);
  if (!Construct || Construct->getNumArgs() == 0) {
    Guard.HoldMode = GuardDecl::Defers;
    return Guard;
  }

  // Moving another guard in takes over whatever it held.
  if (Construct->getConstructor()->isMoveConstructor()) {
    Guard.HoldMode = GuardDecl::Moves;
    Guard.Source = namedVariable(Construct->getArg(0));
    return Guard;
  }

  const CXXRecordDecl *Record =
      Var->getType()->getAsCXXRecordDecl()->getCanonicalDecl();
  // A guard inferred from its code holds the argument of the parameter its
  // constructor locks; a constructor that locks nothing defers.
  if (InferredGuards.contains(Record)) {
    auto It = InferredGuardParams.find(
        Construct->getConstructor()->getCanonicalDecl());
    if (It == InferredGuardParams.end() ||
        It->second >= Construct->getNumArgs()) {
      Guard.HoldMode = GuardDecl::Defers;
      return Guard;
    }
    const Expr *Arg = Construct->getArg(It->second);
    if (std::optional<MutexRef> Ref =
            mutexRef(Arg, Arg->getType()->isPointerType(), Ctx))
      Guard.Mutexes.push_back(std::move(*Ref));
    return Guard;
  }
  bool TakesAll = takesAllArguments(Record);
  for (const Expr *Arg : Construct->arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    switch (classifyGuardArgument(Arg->getType())) {
    case GuardArgument::DeferTag:
      Guard.HoldMode = GuardDecl::Defers;
      continue;
    case GuardArgument::TryTag:
    case GuardArgument::Timeout:
      Guard.HoldMode = GuardDecl::Tries;
      continue;
    case GuardArgument::AdoptTag:
      Guard.HoldMode = GuardDecl::Adopts;
      continue;
    case GuardArgument::Mutex:
      break;
    }
    if (!Guard.Mutexes.empty() && !TakesAll)
      continue;
    bool IsPointer = Arg->getType()->isPointerType();
    if (std::optional<MutexRef> Ref = mutexRef(Arg, IsPointer, Ctx))
      Guard.Mutexes.push_back(std::move(*Ref));
    else if (!TakesAll)
      break;
  }
  return Guard;
}

std::optional<GuardDecl>
LockModel::classifyTemporaryGuard(const CXXBindTemporaryExpr *Bind,
                                  const ASTContext &Ctx) const {
  const auto *Lock =
      dyn_cast<CXXMemberCallExpr>(Bind->getSubExpr()->IgnoreParenImpCasts());
  if (!Lock || follyLockMode(Lock, Lock->getMethodDecl()) != GuardDecl::Locks)
    return std::nullopt;
  std::optional<MutexRef> Ref = mutexRef(Lock->getImplicitObjectArgument(),
                                         callsThroughPointer(Lock), Ctx);
  if (!Ref)
    return std::nullopt;
  GuardDecl Guard;
  Guard.Mutexes.push_back(std::move(*Ref));
  return Guard;
}

std::optional<MutexRef> LockModel::callbackLock(const CallExpr *Call,
                                                const ASTContext &Ctx) const {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  if (!Member || !isFollyCallbackLock(Member->getMethodDecl()))
    return std::nullopt;
  return mutexRef(Member->getImplicitObjectArgument(),
                  callsThroughPointer(Member), Ctx);
}

LockEvent LockModel::classifyGuardCall(const CallExpr *Call,
                                       const CXXRecordDecl *Record,
                                       const ASTContext &Ctx) const {
  LockEvent Event;
  const FunctionDecl *Callee = Call->getDirectCallee();
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    Object = Op->getArg(0);
  const VarDecl *Guard = Object ? namedVariable(Object) : nullptr;
  if (!Guard)
    return Event;
  Event.Guard = Guard;

  if (isa<CXXConversionDecl>(Callee)) {
    // `if (lk)` asks the guard whether it owns its mutex.
    if (Callee->getReturnType()->isBooleanType())
      Event.EventKind = LockEvent::GuardOwns;
    return Event;
  }
  if (Callee->getOverloadedOperator() == OO_Equal) {
    if (Call->getNumArgs() == 2 && isGuardType(Call->getArg(1)->getType())) {
      Event.EventKind = LockEvent::GuardMoveAssign;
      Event.Source = namedVariable(Call->getArg(1));
    }
    return Event;
  }
  if (Callee->getIdentifier())
    Event.EventKind = guardMemberKind(Callee->getName());
  (void)Ctx;
  return Event;
}

std::optional<LockEvent>
LockModel::classifyAnnotated(const CallExpr *Call,
                             const ASTContext &Ctx) const {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->hasAttrs())
    return std::nullopt;

  LockEvent Event;
  llvm::ArrayRef<Expr *> Args;
  if (const auto *Acquire = Callee->getAttr<AcquireCapabilityAttr>()) {
    Event.EventKind = LockEvent::Acquire;
    Args = {Acquire->args_begin(), Acquire->args_end()};
  } else if (const auto *Release = Callee->getAttr<ReleaseCapabilityAttr>()) {
    Event.EventKind = LockEvent::Release;
    Args = {Release->args_begin(), Release->args_end()};
  } else if (const auto *Try = Callee->getAttr<TryAcquireCapabilityAttr>()) {
    Event.EventKind = LockEvent::TryAcquire;
    Expr::EvalResult Success;
    Event.SuccessIsZero = Try->getSuccessValue()->EvaluateAsInt(Success, Ctx) &&
                          Success.Val.getInt() == 0;
    Args = {Try->args_begin(), Try->args_end()};
  } else {
    return std::nullopt;
  }

  // A member function of a guard acts on the guard's own mutexes.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (Method && !Method->isStatic() && isGuardClass(Method->getParent()))
    return std::nullopt;

  // Without arguments the attribute names the object the method is called
  // on; with them, each argument names a parameter or a member.
  if (Args.empty()) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    if (!Member)
      return std::nullopt;
    if (std::optional<MutexRef> Ref =
            mutexRef(Member->getImplicitObjectArgument(),
                     callsThroughPointer(Member), Ctx))
      Event.Mutexes.push_back(std::move(*Ref));
  } else {
    AttributeResolver Resolver(Call, Ctx);
    for (const Expr *Arg : Args) {
      // Like Clang's analysis, a pointer names the object it points to.
      std::optional<ResolvedObject> Object = Arg->getType()->isPointerType()
                                                 ? Resolver.pointee(Arg)
                                                 : Resolver.object(Arg);
      if (!Object)
        continue;
      MutexRef Mutex{std::move(Object->Key), std::move(Object->Name)};
      if (!isIgnored(Mutex, Arg))
        Event.Mutexes.push_back(std::move(Mutex));
    }
  }
  if (Event.Mutexes.empty())
    return std::nullopt;
  return Event;
}

LockEvent LockModel::classifyCall(const CallExpr *Call,
                                  const ASTContext &Ctx) const {
  LockEvent Event;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return Event;
  const IdentifierInfo *Id = Callee->getIdentifier();
  if (std::optional<LockEvent> Annotated = classifyAnnotated(Call, Ctx))
    return *Annotated;
  bool UserListed =
      !Options.LockFunctions.empty() || !Options.UnlockFunctions.empty();
  if (!UserListed && !isa<CXXConversionDecl>(Callee) &&
      (!Id || !KnownNames.contains(Id->getName())) &&
      Callee->getOverloadedOperator() != OO_Equal &&
      !(Id && Id->getName() == "lock" && Callee->isInStdNamespace()))
    return Event;

  // Calls on an object: a guard, a mutex, or a user-listed lock method.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (Method && !Method->isStatic()) {
    const Expr *Object = nullptr;
    bool ThroughPointer = false;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      Object = Member->getImplicitObjectArgument();
      ThroughPointer = callsThroughPointer(Member);
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      Object = Op->getArg(0);
    }
    if (!Object)
      return Event;
    const CXXRecordDecl *Record = objectRecord(Object);
    if (!Record)
      return Event;
    if (isGuardClass(Record))
      return classifyGuardCall(Call, Record, Ctx);

    LockEvent::Kind Kind = LockEvent::None;
    if (UserListed) {
      std::string Qualified = qualifiedName(Method);
      if (Options.LockFunctions.matchesQualified(Qualified))
        Kind = LockEvent::Acquire;
      else if (Options.UnlockFunctions.matchesQualified(Qualified))
        Kind = LockEvent::Release;
    }
    if (Kind == LockEvent::None && Id) {
      std::optional<MemberLockFunction> Known =
          memberLockFunction(Id->getName());
      if (!Known || !(isMutexClass(Record, Known->Counterpart) ||
                      (!Known->OtherCounterpart.empty() &&
                       isMutexClass(Record, Known->OtherCounterpart))))
        return Event;
      Kind = Known->Kind;
    }
    if (Kind == LockEvent::None)
      return Event;
    if (std::optional<MutexRef> Ref = mutexRef(Object, ThroughPointer, Ctx)) {
      Event.EventKind = Kind;
      Event.Mutexes.push_back(std::move(*Ref));
    }
    return Event;
  }

  // `std::lock(a, b, ...)` takes every mutex it is given.
  if (Id && Id->getName() == "lock" && Callee->isInStdNamespace()) {
    for (const Expr *Arg : Call->arguments())
      if (std::optional<MutexRef> Ref = mutexRef(Arg, false, Ctx))
        Event.Mutexes.push_back(std::move(*Ref));
    if (!Event.Mutexes.empty())
      Event.EventKind = LockEvent::Acquire;
    return Event;
  }

  // Free functions: the C lock APIs and the user's own. The mutex is the
  // first argument, by pointer or by reference.
  if (Call->getNumArgs() == 0)
    return Event;
  // Freeing a GLib locker releases what the locker holds.
  for (llvm::StringRef Name : GLibLockerFree) {
    if (!isGLibFunction(Callee, Name))
      continue;
    const VarDecl *Locker = namedVariable(Call->getArg(0));
    if (Locker && glibLockerArgument(Locker)) {
      Event.EventKind = LockEvent::GuardUnlock;
      Event.Guard = Locker;
    }
    return Event;
  }
  if (Id && Callee->isExternC()) {
    for (const CLockFunction &Function : CLockFunctions) {
      if (Id->getName() != Function.Name)
        continue;
      Event.EventKind = Function.Kind;
      Event.SuccessIsZero = Function.SuccessIsZero;
      break;
    }
  }
  if (Event.EventKind == LockEvent::None && UserListed) {
    std::string Qualified = qualifiedName(Callee);
    if (Options.LockFunctions.matchesQualified(Qualified))
      Event.EventKind = LockEvent::Acquire;
    else if (Options.UnlockFunctions.matchesQualified(Qualified))
      Event.EventKind = LockEvent::Release;
  }
  if (Event.EventKind == LockEvent::None)
    return Event;

  const Expr *Arg = Call->getArg(0);
  bool IsPointer = Arg->getType()->isPointerType();
  if (std::optional<MutexRef> Ref = mutexRef(Arg, IsPointer, Ctx))
    Event.Mutexes.push_back(std::move(*Ref));
  else
    Event.EventKind = LockEvent::None;
  return Event;
}

namespace {
/// Looks for the first statement the lock model recognises.
class LockMentionFinder : public RecursiveASTVisitor<LockMentionFinder> {
public:
  LockMentionFinder(const LockModel &Model, const ASTContext &Ctx)
      : Model(Model), Ctx(Ctx) {}

  bool Found = false;

  // A lambda's body is a function of its own, analysed on its own.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitVarDecl(VarDecl *Var) {
    if (Model.isGuardType(Var->getType()) || glibLockerArgument(Var))
      Found = true;
    return !Found;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (Model.classifyCall(Call, Ctx).EventKind != LockEvent::None ||
        Model.callbackLock(Call, Ctx))
      Found = true;
    return !Found;
  }

  bool VisitCXXBindTemporaryExpr(CXXBindTemporaryExpr *Bind) {
    if (Model.classifyTemporaryGuard(Bind, Ctx))
      Found = true;
    return !Found;
  }

private:
  const LockModel &Model;
  const ASTContext &Ctx;
};
} // namespace

bool LockModel::mentionsLocks(const Stmt *Body, const ASTContext &Ctx) const {
  LockMentionFinder Finder(*this, Ctx);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  return Finder.Found;
}

} // namespace lockio
