using BrandPulse.Bench;

return ImportProfile.Run(args);
