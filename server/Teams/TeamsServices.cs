namespace OutlineAddin.Teams;

public static class TeamsServices
{
    public static IServiceCollection AddTeamStore(this IServiceCollection services) => services.AddSingleton<TeamRepository>();
}
