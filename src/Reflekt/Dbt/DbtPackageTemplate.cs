using Reflekt.Projects;

namespace Reflekt.Dbt;

/// <summary>The fixed files of every package (upstream's template, placeholders filled in).</summary>
internal static class DbtPackageTemplate
{
    public const string GitIgnore = "\ntarget/\ndbt-packages/\nlogs/\n";

    // The package's materialisation lives here, not in a config() block of each model, so a consuming project
    // overrides it the usual way (`models: {<package>: {+materialized: table}}` in its own dbt_project.yml).
    public static string ProjectYaml(string package, DbtSpelling spelling, DbtMaterialization materialized)
    {
        var models = materialized == DbtMaterialization.Incremental
            ? "    +materialized: incremental\n    +on_schema_change: append_new_columns\n"
            : $"    +materialized: {materialized.ToString().ToLowerInvariant()}\n";
        return $"""

            # Private dbt package built by Reflekt (https://github.com/gclunies/reflekt)
            # Since this is a private package, the version is always 0.1.0
            # Use git tags to version different builds of this package as your schemas evolve
            name: {package}

            version: '0.1.0'

            require-dbt-version: {spelling.RequireDbtVersion}

            config-version: 2

            models:
              {package}:
            {models}
            """;
    }

    // The snippets are valid packages.yml (upstream doubled the quotes of the dbt-cloud URL) and name the folder
    // `reflekt build` writes packages to, artifacts/dbt/<package>.
    public static string Readme(string package) => $$$"""
        # {{{package}}}
        A private dbt package built by [Reflekt](https://github.com/GClunies/reflekt) defining sources, models, and documentation based on events schemas defined in Reflekt project `{{{package}}}`.

        ## Using this package
        To use a Reflekt dbt package in a downstream dbt project, add it to the `packages.yml` of the dbt project.

        #### dbt-core
        ```yaml
        packages:
          - git: "https://github.com/<your_user_or_org>/<your_repo>"  # Replace with Github repo URL for your Reflekt project
            subdirectory: "artifacts/dbt/{{{package}}}"
            revision: v0.1.0__{{{package}}}  # Example tag. Replace with branch, tag, or commit (full 40-character hash)
        ```

        #### dbt-cloud
        ```yaml
        packages:
          - git: "https://{{env_var('DBT_ENV_SECRET_GITHUB_PAT')}}@github.com/<your_user_or_org>/<your_repo>.git"  # Replace with your PAT and Github repo URL for your Reflekt project
            subdirectory: "artifacts/dbt/{{{package}}}"
            revision: v0.1.0__{{{package}}}  # Example tag. Replace with branch, tag, or commit (full 40-character hash)
        ```
        To use with dbt-cloud, you will need to [create a Github personal access token](https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/creating-a-personal-access-token) (e.g., `DBT_ENV_SECRET_GITHUB_PAT`) and [configure it as an environment variable](https://docs.getdbt.com/docs/dbt-cloud/using-dbt-cloud/cloud-environment-variables) in your dbt-cloud account.

        For local dbt development, you will need to set the environment variable on your local machine.
        ```bash
        # Add the following line to your .zshrc, .bash_profile, etc.
        export DBT_ENV_SECRET_GITHUB_PAT=YOUR_TOKEN
        ```

        ### Reflekt resources:
        - [GitHub repo](https://github.com/GClunies/Reflekt)

        ### dbt resources:
        - dbt [docs](https://docs.getdbt.com/docs/introduction)
        - Docs on dbt [packages](https://docs.getdbt.com/docs/building-a-dbt-project/package-management/)

        """;
}
