using System.CommandLine;
using System.Globalization;
using System.Text;
using TestimonyNlp.Review;
using TestimonyNlp.Store;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>users add NAME --role admin|reviewer|viewer [--password-stdin] [--db DB]</c>, <c>users list [--db DB]</c>,
/// <c>users password NAME [--password-stdin] [--db DB]</c> and <c>users role NAME --role ROLE [--db DB]</c>: the
/// accounts of the review queue. The password is read from standard input with <c>--password-stdin</c>
/// (for scripts), otherwise asked for twice on the terminal without echo; only its hash is stored.
/// </summary>
internal static class UsersCommand
{
    /// <summary>Builds the command with its <c>add</c> and <c>list</c> subcommands.</summary>
    public static Command Create(CliConsole console, UserInput input)
    {
        var command = new Command("users", "Manage the accounts of the review queue.");
        command.Subcommands.Add(CreateAdd(console, input));
        command.Subcommands.Add(CreateList(console));
        command.Subcommands.Add(CreatePassword(console, input));
        command.Subcommands.Add(CreateRole(console));
        return command;
    }

    private static Command CreateAdd(CliConsole console, UserInput input)
    {
        var name = new Argument<string>("NAME") { Description = "The login name." };
        var role = Role();
        var passwordStdin = PasswordStdin();
        var database = StoreOption.Create();
        var command = new Command("add", "Add an account; asks for its password.") { name, role, passwordStdin, database };
        command.SetAction((parse, cancellationToken) => AddAsync(
            console,
            input,
            StoreOption.Value(parse, database),
            parse.GetValue(name) ?? string.Empty,
            parse.GetValue(role) ?? string.Empty,
            parse.GetValue(passwordStdin),
            cancellationToken));
        return command;
    }

    private static Option<bool> PasswordStdin() => new("--password-stdin")
    {
        Description = "Read the password from the first line of standard input (for scripts).",
    };

    private static Option<string> Role() => new("--role")
    {
        Description = "admin (manages users), reviewer (corrects items) or viewer (reads only).",
        HelpName = "ROLE",
        Required = true,
    };

    private static Command CreatePassword(CliConsole console, UserInput input)
    {
        var name = new Argument<string>("NAME") { Description = "The login name." };
        var passwordStdin = PasswordStdin();
        var database = StoreOption.Create();
        var command = new Command("password", "Give an account a new password; asks for it.") { name, passwordStdin, database };
        command.SetAction((parse, cancellationToken) => PasswordAsync(
            console,
            input,
            StoreOption.Value(parse, database),
            (parse.GetValue(name) ?? string.Empty).Trim(),
            parse.GetValue(passwordStdin),
            cancellationToken));
        return command;
    }

    private static Command CreateRole(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The login name." };
        var role = Role();
        var database = StoreOption.Create();
        var command = new Command("role", "Give an account another role (it takes effect on the user's next request).") { name, role, database };
        command.SetAction((parse, _) => RoleAsync(
            console,
            StoreOption.Value(parse, database),
            (parse.GetValue(name) ?? string.Empty).Trim(),
            parse.GetValue(role) ?? string.Empty));
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var database = StoreOption.Create();
        var command = new Command("list", "List the accounts: name, role, created.") { database };
        command.SetAction((parse, cancellationToken) =>
            ListAsync(console, StoreOption.Value(parse, database), cancellationToken));
        return command;
    }

    private static async Task<int> AddAsync(
        CliConsole console,
        UserInput input,
        string databasePath,
        string name,
        string roleText,
        bool passwordStdin,
        CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > ReviewLimits.MaxUserNameLength || name.Any(char.IsControl))
        {
            return await console.UsageAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"a user name has 1 to {ReviewLimits.MaxUserNameLength} characters and no control characters")).ConfigureAwait(false);
        }

        if (!ReviewVocabulary.TryParseRole(roleText, out var role))
        {
            return await console.UsageAsync($"--role must be admin, reviewer or viewer, not '{roleText}'").ConfigureAwait(false);
        }

        if (!await StoreOption.ExistsAsync(console, databasePath).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        var (password, problem) = await ReadPasswordAsync(console, input, name, passwordStdin, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return await console.UsageAsync(problem + "; nothing was added").ConfigureAwait(false);
        }

        try
        {
            using var store = SqliteReviewStore.Open(databasePath);
            var user = store.AddUser(name, role, ReviewPasswords.Hash(password!));
            await console.Error.WriteLineAsync($"added {user.Role.ToWire().ToLowerInvariant()} {user.Name}").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }
    }

    private static async Task<int> PasswordAsync(
        CliConsole console, UserInput input, string databasePath, string name, bool passwordStdin, CancellationToken cancellationToken)
    {
        if (!await StoreOption.ExistsAsync(console, databasePath).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        var (password, problem) = await ReadPasswordAsync(console, input, name, passwordStdin, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return await console.UsageAsync(problem + "; nothing was changed").ConfigureAwait(false);
        }

        return await ChangeAsync(console, databasePath, name, "password changed", store => store.SetPasswordHash(name, ReviewPasswords.Hash(password!)))
            .ConfigureAwait(false);
    }

    private static async Task<int> RoleAsync(CliConsole console, string databasePath, string name, string roleText)
    {
        if (!ReviewVocabulary.TryParseRole(roleText, out var role))
        {
            return await console.UsageAsync($"--role must be admin, reviewer or viewer, not '{roleText}'").ConfigureAwait(false);
        }

        if (!await StoreOption.ExistsAsync(console, databasePath).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        UserRoleOutcome outcome;
        try
        {
            using var store = SqliteReviewStore.Open(databasePath);
            outcome = store.SetUserRoleKeepingAdmin(name, role);
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }

        switch (outcome)
        {
            case UserRoleOutcome.NotFound:
                return await console.UsageAsync($"there is no user '{name}' ('testimony users list' shows them)").ConfigureAwait(false);
            case UserRoleOutcome.LastAdmin:
                return await console.UsageAsync($"{name} is the last admin: make another account admin first; nothing was changed").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"{name}: now {role.ToWire().ToLowerInvariant()}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Applies one change to an existing account; a name the store does not know exits 2.</summary>
    private static async Task<int> ChangeAsync(CliConsole console, string databasePath, string name, string done, Func<IReviewStore, bool> change)
    {
        try
        {
            using var store = SqliteReviewStore.Open(databasePath);
            if (!change(store))
            {
                return await console.UsageAsync($"there is no user '{name}' ('testimony users list' shows them)").ConfigureAwait(false);
            }
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"{name}: {done}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The password from standard input or asked twice on the terminal, or why there is none.</summary>
    private static async Task<(string? Password, string? Problem)> ReadPasswordAsync(
        CliConsole console, UserInput input, string name, bool passwordStdin, CancellationToken cancellationToken)
    {
        string? password;
        if (passwordStdin)
        {
            password = await input.Reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (input.IsTerminal)
        {
            password = await PromptAsync(console, input, $"Password for {name}: ").ConfigureAwait(false);
            var again = await PromptAsync(console, input, "Repeat it: ").ConfigureAwait(false);
            if (!string.Equals(password, again, StringComparison.Ordinal))
            {
                return (null, "the two passwords differ");
            }
        }
        else
        {
            return (null, "no terminal to ask for the password on: give it on standard input with --password-stdin");
        }

        return ReviewPasswords.Problem(password) is { } problem ? (null, problem) : (password, null);
    }

    private static async Task<int> ListAsync(CliConsole console, string databasePath, CancellationToken cancellationToken)
    {
        if (!await StoreOption.ExistsAsync(console, databasePath).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        IReadOnlyList<ReviewUser> users;
        try
        {
            using var store = SqliteReviewStore.Open(databasePath);
            users = store.ReadUsers();
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var nameWidth = Math.Max("name".Length, users.Count == 0 ? 0 : users.Max(u => u.Name.Length));
        var builder = new StringBuilder();
        builder.Append("name".PadRight(nameWidth)).Append("  role      created\n");
        foreach (var user in users)
        {
            builder.Append(user.Name.PadRight(nameWidth)).Append("  ").Append(user.Role.ToWire().ToLowerInvariant().PadRight(8)).Append("  ")
                .Append(user.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        }

        var bytes = new UTF8Encoding(false).GetBytes(builder.ToString());
        await console.Output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{users.Count} users")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Asks on standard error and reads a line from the terminal without echoing it.</summary>
    private static async Task<string> PromptAsync(CliConsole console, UserInput input, string prompt)
    {
        await console.Error.WriteAsync(prompt).ConfigureAwait(false);
        await console.Error.FlushAsync().ConfigureAwait(false);
        var text = input.ReadHidden();
        await console.Error.WriteLineAsync().ConfigureAwait(false);
        return text;
    }
}

/// <summary>Standard input as the command line sees it.</summary>
/// <param name="Reader">Standard input.</param>
/// <param name="IsTerminal">True when standard input is an interactive terminal (a password can be asked for).</param>
internal sealed record UserInput(TextReader Reader, bool IsTerminal)
{
    /// <summary>The process's own standard input.</summary>
    public static UserInput System() => new(Console.In, !Console.IsInputRedirected);

    /// <summary>Reads a line from the terminal without echoing it (backspace deletes, Enter ends).</summary>
    public string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
