namespace TestimonyNlp.Store;

/// <summary>What <see cref="IReviewStore.SetUserRoleKeepingAdmin"/> did.</summary>
public enum UserRoleOutcome
{
    /// <summary>The user has the new role (also when it was the role already).</summary>
    Applied,

    /// <summary>There is no user with this name; nothing was changed.</summary>
    NotFound,

    /// <summary>The user is the last admin and the new role is not admin; nothing was changed.</summary>
    LastAdmin,
}
